package org.fer4j.metrics.report;

/**
 * The options every fer4j chart builder shares: a title and a pixel size.
 *
 * @param <B> the concrete builder, returned by every option for chaining
 */
public abstract class ChartBuilder<B extends ChartBuilder<B>> {

    private String title;
    private int width;
    private int height;

    /** Starts a builder with the chart's default title and size. */
    protected ChartBuilder(String defaultTitle, int defaultWidth, int defaultHeight) {
        this.title = defaultTitle;
        this.width = defaultWidth;
        this.height = defaultHeight;
    }

    /** Replaces the default title. */
    public B optTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A chart title must not be blank");
        }
        this.title = title;
        return self();
    }

    /** Replaces the default size in pixels (each side between 200 and 8000). */
    public B optSize(int width, int height) {
        if (width < 200 || height < 200 || width > 8000 || height > 8000) {
            throw new IllegalArgumentException(
                    "Chart size " + width + "x" + height + " is outside 200..8000 pixels per side");
        }
        this.width = width;
        this.height = height;
        return self();
    }

    /** This builder, typed as the concrete builder. */
    protected abstract B self();

    /** The chart title. */
    protected String title() {
        return title;
    }

    /** The image width in pixels. */
    protected int width() {
        return width;
    }

    /** The image height in pixels. */
    protected int height() {
        return height;
    }
}
