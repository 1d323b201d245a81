/**
 * Human- and machine-readable reports of fer4j metrics: {@link
 * org.fer4j.metrics.report.ReportTable} (tables, CSV), {@link
 * org.fer4j.metrics.report.JsonReportWriter} (JSON), PNG charts drawn with XChart ({@link
 * org.fer4j.metrics.report.PngChart} and its implementations) and a self-contained {@link
 * org.fer4j.metrics.report.HtmlReport} that embeds them.
 */
package org.fer4j.metrics.report;
