package org.oncolearn.draft;

import java.util.List;
import org.oncolearn.message.Message;

/** Publishing was refused: the course has file problems, lint errors, or unreviewed or lapsed content. */
public class PublishBlockedException extends RuntimeException {

    private final transient List<Message> reasons;

    public PublishBlockedException(List<Message> reasons) {
        super(message(reasons).english());
        this.reasons = List.copyOf(reasons);
    }

    public List<Message> reasons() {
        return reasons;
    }

    /** The refusal with every reason, for the screen to say in the educator's language. */
    public Message message() {
        return message(reasons);
    }

    private static Message message(List<Message> reasons) {
        return Message.of("publish.blocked", reasons);
    }
}
