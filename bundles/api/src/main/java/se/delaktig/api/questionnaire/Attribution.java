package se.delaktig.api.questionnaire;

import java.util.Objects;

/**
 * Credit for pictures or sounds taken from an openly licensed set.
 *
 * @param text    the credit, e.g. {@code Emoji from OpenMoji}
 * @param license the licence, preferably an SPDX id such as {@code CC-BY-SA-4.0}
 * @param url     where the set comes from, or {@code null}
 */
public record Attribution(String text, String license, String url) {
    /** Checks the components. */
    public Attribution {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(license, "license");
    }
}
