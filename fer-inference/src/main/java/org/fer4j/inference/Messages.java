package org.fer4j.inference;

/** Caps quoted input (native error texts, metadata values) in exception messages. */
final class Messages {

    /** Longest quoted text kept in a message. */
    static final int MAX_QUOTED = 200;

    private Messages() {}

    /** The text cut to {@value #MAX_QUOTED} characters, with an ellipsis when cut. */
    static String cap(String text) {
        if (text == null) {
            return "(no detail)";
        }
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...";
    }
}
