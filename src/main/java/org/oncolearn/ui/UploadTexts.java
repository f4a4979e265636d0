package org.oncolearn.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The words of Vaadin's upload field (its button, drop hint, errors and progress) in the user's language; the
 * component itself only knows English.
 */
public final class UploadTexts {

    private UploadTexts() {}

    public static UploadI18N of(Component view) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(view.getTranslation("upload.add.one"))
                        .setMany(view.getTranslation("upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(view.getTranslation("upload.drop.one"))
                        .setMany(view.getTranslation("upload.drop.many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(view.getTranslation("upload.error.tooMany"))
                        .setFileIsTooBig(view.getTranslation("upload.error.tooBig"))
                        .setIncorrectFileType(view.getTranslation("upload.error.type")))
                .setFile(new UploadI18N.File()
                        .setStart(view.getTranslation("upload.file.start"))
                        .setRetry(view.getTranslation("upload.file.retry"))
                        .setRemove(view.getTranslation("upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(view.getTranslation("upload.status.connecting"))
                                .setStalled(view.getTranslation("upload.status.stalled"))
                                .setProcessing(view.getTranslation("upload.status.processing"))
                                .setHeld(view.getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(view.getTranslation("upload.remaining.prefix"))
                                .setUnknown(view.getTranslation("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(view.getTranslation("upload.error.serverUnavailable"))
                                .setUnexpectedServerError(view.getTranslation("upload.error.server"))
                                .setForbidden(view.getTranslation("upload.error.forbidden"))
                                .setFileTooLarge(view.getTranslation("upload.error.tooLarge"))));
    }
}
