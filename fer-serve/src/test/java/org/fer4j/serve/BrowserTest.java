package org.fer4j.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.face.Detection;
import org.fer4j.core.image.Picture;
import org.fer4j.detect.BlazeFaceDetector;
import org.fer4j.inference.OnnxEmotionModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end in headless Chromium: a fake camera plays the shipped clip (as y4m made here), the page
 * streams it to the server and must draw a face box and a label within 10 s; the screenshot is saved
 * to {@code target/browser/live-page.png} and its pixels checked: the green box lies on the face.
 * Skipped (with a message) when {@code chromium} is not on the PATH.
 */
class BrowserTest {

    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on ws://127\\.0\\.0\\.1:(\\d+)/");
    private static final int CANVAS_WIDTH = 640;
    private static final int CANVAS_HEIGHT = 480;

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    @Test
    void thePageShowsAFaceBoxAndALabelWithinTenSecondsDrawnOnTheFace() throws Exception {
        onLivePage(OnnxEmotionModel.DEFAULT_VARIANT, (page, state) -> {
            Thread.sleep(300);
            BufferedImage shot = screenshot(page);
            Path saved = Path.of("target/browser/live-page.png");
            Files.createDirectories(saved.getParent());
            ImageIO.write(shot, "png", saved.toFile());

            BoundingBox box = drawnBox(state);
            assertThat(greenShareOnEdges(shot, box)).as("share of the box edges drawn green").isGreaterThan(0.7);
            assertThat(greenShareInside(shot, box)).as("share of green inside the box (the face shows)").isLessThan(0.05);
            assertThat(faceCentreInside(shot, box)).as("a face detected in the screenshot lies in the drawn box").isTrue();
        });
    }

    @Test
    void withTheAttentionModelThePageShowsTheAttentionMap() throws Exception {
        onLivePage("cnn-attention", (page, state) -> {
            Thread.sleep(300);
            JsonObject shown = JsonParser.parseString(page.evaluate("JSON.stringify({hidden: document.getElementById("
                    + "'attentionBox').hidden, colours: new Set(Array.from(document.getElementById('attention')"
                    + ".getContext('2d').getImageData(0, 0, 144, 144).data.filter((v, i) => i % 4 === 0))).size})")
                    .get("value").getAsString()).getAsJsonObject();
            assertThat(shown.get("hidden").getAsBoolean()).as("attention panel hidden").isFalse();
            assertThat(shown.get("colours").getAsInt()).as("distinct red levels drawn in the attention map").isGreaterThan(3);
        });
    }

    /** What a test checks once the page shows a face box and a label. */
    @FunctionalInterface
    private interface PageCheck {
        void check(DevTools page, JsonObject state) throws Exception;
    }

    /**
     * Serves {@code variant}, opens the page in headless Chromium with the clip as its camera, waits (at
     * most 10 s) for a face box and a label, runs {@code check}, and stops the browser and server.
     */
    private void onLivePage(String variant, PageCheck check) throws Exception {
        Optional<Path> chromium = onPath("chromium");
        assumeThat(chromium).as("chromium is not on the PATH (apt-get install -y chromium); skipping the browser test")
                .isPresent();
        Path clip = temp.resolve("clip.y4m");
        Y4mWriter.write(SampleMedia.clipFrames(), 25, clip);

        try (FerServer server = FerServer.builder().optPort(0).optVariant(variant).build().start()) {
            Process browser = launch(chromium.get(), clip);
            try (DevTools page = new DevTools(http, pageSocket(browser))) {
                JsonObject navigate = new JsonObject();
                navigate.addProperty("url", server.uri().toString());
                long start = System.nanoTime();
                page.call("Page.navigate", navigate);
                check.check(page, awaitFaceAndLabel(page, start));
            } finally {
                browser.descendants().forEach(ProcessHandle::destroy);
                browser.destroy();
                if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                    browser.destroyForcibly();
                }
            }
        }
    }

    private static Optional<Path> onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
    }

    private Process launch(Path chromium, Path clip) throws IOException {
        Path log = temp.resolve("chromium.log");
        return new ProcessBuilder(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu", "--mute-audio",
                "--no-first-run", "--no-default-browser-check", "--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream", "--use-file-for-fake-video-capture=" + clip,
                "--autoplay-policy=no-user-gesture-required", "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--user-data-dir=" + temp.resolve("profile"), "--window-size=1100,800", "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The DevTools socket of the browser's page, once it is listening. */
    private URI pageSocket(Process browser) throws Exception {
        Path log = temp.resolve("chromium.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
            Matcher port = DEVTOOLS.matcher(text);
            if (port.find()) {
                String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.group(1) + "/json/list"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
                for (JsonElement target : JsonParser.parseString(list).getAsJsonArray()) {
                    if (target.getAsJsonObject().get("type").getAsString().equals("page")) {
                        return URI.create(target.getAsJsonObject().get("webSocketDebuggerUrl").getAsString());
                    }
                }
            }
            assertThat(browser.isAlive()).as("chromium is running; its log: " + text).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("chromium did not open its DevTools port within 30 s");
    }

    private static JsonObject awaitFaceAndLabel(DevTools page, long start) throws Exception {
        String probe = "typeof fer === 'undefined' ? 'null' : JSON.stringify({frames: fer.frames, faces: fer.faces,"
                + " label: fer.label, fw: fer.frameWidth, fh: fer.frameHeight, errors: fer.errors})";
        JsonObject last = null;
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10)) {
            JsonElement value = page.evaluate(probe).get("value");
            JsonElement parsed = value == null ? null : JsonParser.parseString(value.getAsString());
            if (parsed != null && parsed.isJsonObject()) {
                last = parsed.getAsJsonObject();
                if (last.getAsJsonArray("faces").size() > 0 && !last.get("label").isJsonNull()) {
                    System.out.printf("BrowserTest: face box and label '%s' on the page %d ms after navigation%n",
                            last.get("label").getAsString(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no face box and label on the page within 10 s; page state: " + last);
    }

    private static BufferedImage screenshot(DevTools page) throws Exception {
        JsonObject params = new JsonObject();
        params.addProperty("format", "png");
        String data = page.call("Page.captureScreenshot", params).get("data").getAsString();
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(data)));
    }

    /** The first face's box in canvas (= page) pixels, as the page draws it. */
    private static BoundingBox drawnBox(JsonObject state) {
        JsonArray box = state.getAsJsonArray("faces").get(0).getAsJsonObject().getAsJsonArray("box");
        double sx = (double) CANVAS_WIDTH / state.get("fw").getAsInt();
        double sy = (double) CANVAS_HEIGHT / state.get("fh").getAsInt();
        return new BoundingBox(box.get(0).getAsDouble() * sx, box.get(1).getAsDouble() * sy,
                box.get(2).getAsDouble() * sx, box.get(3).getAsDouble() * sy);
    }

    private static boolean green(BufferedImage image, int x, int y) {
        if (x < 0 || y < 0 || x >= image.getWidth() || y >= image.getHeight()) {
            return false;
        }
        int rgb = image.getRGB(x, y);
        return ((rgb >> 8) & 0xff) > 180 && ((rgb >> 16) & 0xff) < 110 && (rgb & 0xff) < 110;
    }

    /** Of 40 points per edge, the share with a green pixel within 8 px across the edge (the face may move a little). */
    private static double greenShareOnEdges(BufferedImage image, BoundingBox box) {
        int hits = 0;
        int samples = 0;
        for (int i = 1; i < 40; i++) {
            double fx = box.x() + box.width() * i / 40;
            double fy = box.y() + box.height() * i / 40;
            hits += nearGreen(image, (int) fx, (int) box.y(), 0, 1) ? 1 : 0;
            hits += nearGreen(image, (int) fx, (int) (box.y() + box.height()), 0, 1) ? 1 : 0;
            hits += nearGreen(image, (int) box.x(), (int) fy, 1, 0) ? 1 : 0;
            hits += nearGreen(image, (int) (box.x() + box.width()), (int) fy, 1, 0) ? 1 : 0;
            samples += 4;
        }
        return (double) hits / samples;
    }

    private static boolean nearGreen(BufferedImage image, int x, int y, int dx, int dy) {
        for (int d = -8; d <= 8; d++) {
            if (green(image, x + d * dx, y + d * dy)) {
                return true;
            }
        }
        return false;
    }

    /** The share of green pixels in the inner half of the box. */
    private static double greenShareInside(BufferedImage image, BoundingBox box) {
        int green = 0;
        int all = 0;
        for (int y = (int) (box.y() + box.height() / 4); y < box.y() + box.height() * 3 / 4; y++) {
            for (int x = (int) (box.x() + box.width() / 4); x < box.x() + box.width() * 3 / 4; x++) {
                green += green(image, x, y) ? 1 : 0;
                all++;
            }
        }
        return all == 0 ? 1 : (double) green / all;
    }

    /** Whether a detector run on the screenshot's canvas finds a face whose centre lies inside the box. */
    private static boolean faceCentreInside(BufferedImage shot, BoundingBox box) {
        BufferedImage canvas = shot.getSubimage(0, 0, Math.min(CANVAS_WIDTH, shot.getWidth()), Math.min(CANVAS_HEIGHT, shot.getHeight()));
        try (BlazeFaceDetector detector = BlazeFaceDetector.create()) {
            List<Detection> faces = detector.detect(Picture.of(canvas));
            return faces.stream().map(Detection::box).anyMatch(face -> {
                double cx = face.x() + face.width() / 2;
                double cy = face.y() + face.height() / 2;
                return cx > box.x() && cx < box.x() + box.width() && cy > box.y() && cy < box.y() + box.height();
            });
        }
    }
}
