package org.fer4j.serve;

/** Caps quoted text in messages sent to clients. */
final class Messages {

    static final int MAX_QUOTED = 300;

    private Messages() {}

    /** {@code text}, cut to {@link #MAX_QUOTED} characters with its full length named. */
    static String cap(String text) {
        String value = String.valueOf(text);
        return value.length() <= MAX_QUOTED ? value : value.substring(0, MAX_QUOTED) + "... (" + value.length() + " chars)";
    }
}
