package org.oncolearn.results;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as educators read them in their language: "80 %" (a space that does not break, so a narrow column never
 * leaves the sign alone on a line), "0.45" or "0,45", a real minus sign.
 */
final class Figures {

    private Figures() {}

    static String percent(double share) {
        return Math.round(share * 100) + "\u00a0%";
    }

    static String decimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        String text = format.format(value);
        // "-0,00" says nothing a plain 0 does not; U+2212 is the minus sign a screen reader reads as "minus".
        return text.matches("-0[.,]00") ? text.substring(1) : text.replace('-', '\u2212');
    }
}
