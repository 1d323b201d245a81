package org.fer4j.augment;

/** Argument checks for transform constructors that name the parameter, its value and the allowed range. */
final class Require {

    private Require() {
    }

    /** Returns {@code value} when it is a finite number in [low, high], else throws naming {@code what}. */
    static double inRange(String what, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(
                    what + " must be in [" + low + ", " + high + "], got " + value);
        }
        return value;
    }

    /** Returns {@code value} when it is finite and strictly positive, else throws naming {@code what}. */
    static double positive(String what, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(what + " must be a finite number > 0, got " + value);
        }
        return value;
    }

    /** Throws naming both parameters unless {@code min <= max}. */
    static void ordered(String minName, double min, String maxName, double max) {
        if (min > max) {
            throw new IllegalArgumentException(
                    minName + " (" + min + ") must not exceed " + maxName + " (" + max + ")");
        }
    }
}
