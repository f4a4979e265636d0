package org.oncolearn.delivery;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.oncolearn.attempt.Calibration;
import org.oncolearn.attempt.Confidence;

/**
 * How sure the learner said they were and how often that was right, in plain words, with the certainty-based marks:
 * the part of a result that tells a learner whether to trust their own sense of knowing.
 */
class CalibrationPanel extends Div {

    CalibrationPanel(Calibration calibration) {
        addClassName("calibration");
        add(new H3(getTranslation("calibration.heading")));
        int marks = calibration.marks();
        add(new Paragraph(getTranslation("calibration.marks", signed(marks), calibration.answered())));
        for (Confidence level : new Confidence[] {Confidence.HIGH, Confidence.MEDIUM, Confidence.LOW}) {
            int answered = calibration.answered(level);
            if (answered > 0) {
                add(new Paragraph(getTranslation("calibration." + level.code(), calibration.right(level), answered)));
            }
        }
        int sure = calibration.answered(Confidence.HIGH);
        int guessed = calibration.answered(Confidence.LOW);
        if (sure > 0 && calibration.right(Confidence.HIGH) * 10 < sure * 8) {
            add(advice("calibration.overconfident"));
        } else if (guessed >= 2 && calibration.right(Confidence.LOW) == guessed) {
            add(advice("calibration.underconfident"));
        }
    }

    /** Marks with their sign, written with a real minus sign as the exported player does: "+3", "0", "\u22126". */
    static String signed(int marks) {
        return marks > 0 ? "+" + marks : marks < 0 ? "\u2212" + -marks : "0";
    }

    private Paragraph advice(String key) {
        Paragraph advice = new Paragraph(getTranslation(key));
        advice.addClassName("calibration-advice");
        return advice;
    }
}
