package org.oncolearn.draft;

import java.util.List;
import java.util.UUID;
import org.oncolearn.bankimport.ReadBank;

/** The draft a question bank became: how many checks it holds, and the questions that were left out and why. */
public record ImportedBank(UUID draftId, int checks, List<ReadBank.Skipped> skipped) {

    public ImportedBank {
        skipped = List.copyOf(skipped);
    }
}
