package org.fer4j.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.fer4j.inference.photo.FaceAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API on a loopback port: schema, scores equal to the photo API, every bad upload, limits. */
class EmotionsApiTest {

    private static final long MAX_BYTES = 300_000;
    private static final long MAX_PIXELS = 1_000_000;

    private static FerServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        server = FerServer.builder().optPort(0)
                .optLimits(ServeLimits.builder().optMaxUploadBytes(MAX_BYTES).optMaxPixels(MAX_PIXELS).build())
                .build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void serverIsStillUp() throws Exception {
        HttpResponse<String> health = get("v1/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Json.object(health.body()).get("status").getAsString()).isEqualTo("ok");
    }

    @Test
    void aPictureGivesEveryFaceWithBoxScoreEmotionAndScores() throws Exception {
        HttpResponse<String> response = post(SampleMedia.groupPhoto(), "image/jpeg");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonArray faces = Json.object(response.body()).getAsJsonArray("faces");
        assertThat(faces).hasSize(5);
        Set<String> labels = labels();
        for (JsonElement element : faces) {
            JsonObject face = element.getAsJsonObject();
            assertThat(face.keySet()).containsExactlyInAnyOrder("box", "score", "emotion", "scores");
            JsonArray box = face.getAsJsonArray("box");
            assertThat(box).hasSize(4);
            assertThat(box.get(2).getAsDouble()).isPositive();
            assertThat(box.get(3).getAsDouble()).isPositive();
            assertThat(face.get("score").getAsDouble()).isBetween(0.0, 1.0);
            assertThat(labels).contains(face.get("emotion").getAsString());
            JsonObject scores = face.getAsJsonObject("scores");
            assertThat(scores.keySet()).isEqualTo(labels);
            double sum = scores.entrySet().stream().mapToDouble(e -> e.getValue().getAsDouble()).sum();
            assertThat(sum).isCloseTo(1.0, within(0.002));
            String top = scores.entrySet().stream().max((a, b) -> Double.compare(a.getValue().getAsDouble(),
                    b.getValue().getAsDouble())).orElseThrow().getKey();
            assertThat(scores.get(face.get("emotion").getAsString()).getAsDouble()).isEqualTo(scores.get(top).getAsDouble());
        }
    }

    @Test
    void theScoresAreThoseOfThePhotoApiForTheSamePicture() throws Exception {
        byte[] picture = SampleMedia.groupPhoto();
        String expected;
        try (FaceAnalyzer analyzer = FaceAnalyzer.pretrained()) {
            expected = "{\"faces\":" + FaceJson.faces(analyzer.analyze(picture, "group-5.jpg")) + "}";
        }

        assertThat(post(picture, "application/octet-stream").body()).isEqualTo(expected);
    }

    @Test
    void aMultipartUploadGivesTheSameAnswerAsRawBytes() throws Exception {
        byte[] picture = SampleMedia.groupPhoto();
        String boundary = "fer4jBoundary7d2";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"group-5.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(picture);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

        HttpResponse<String> multipart = post(body.toByteArray(), "multipart/form-data; boundary=" + boundary);

        assertThat(multipart.statusCode()).isEqualTo(200);
        assertThat(multipart.body()).isEqualTo(post(picture, "image/jpeg").body());
    }

    @Test
    void anEmptyUploadIs400NamingIt() throws Exception {
        assertRefused(post(new byte[0], "image/jpeg"), 400, "upload is empty");
    }

    @Test
    void aMultipartRequestWithoutAFileIs400() throws Exception {
        String boundary = "b0";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertRefused(post(body, "multipart/form-data; boundary=" + boundary), 400, "no file part");
    }

    @Test
    void bytesThatAreNoImageAre415NamingIt() throws Exception {
        assertRefused(post("hello, not a picture".getBytes(StandardCharsets.UTF_8), "image/jpeg"), 415, "upload is not an image");
    }

    @Test
    void aTruncatedJpegIs415NamingIt() throws Exception {
        byte[] picture = SampleMedia.groupPhoto();
        assertRefused(post(Arrays.copyOf(picture, picture.length / 3), "image/jpeg"), 415, "truncated or corrupt");
    }

    @Test
    void anUploadOverTheByteLimitIs413NamingTheLimit() throws Exception {
        byte[] noise = new byte[(int) MAX_BYTES + 1];
        new Random(1).nextBytes(noise);
        assertRefused(post(noise, "image/jpeg"), 413, "too large: " + (MAX_BYTES + 1) + " bytes, over the limit of " + MAX_BYTES);
    }

    @Test
    void aPictureOverThePixelLimitIs413NamingThePixels() throws Exception {
        byte[] big = SampleMedia.png(new BufferedImage(1250, 1000, BufferedImage.TYPE_INT_RGB));
        assertThat((long) big.length).isLessThan(MAX_BYTES);
        assertRefused(post(big, "image/png"), 413, "too many pixels", "1250x1000 = 1250000 pixels, over the limit of " + MAX_PIXELS);
    }

    @Test
    void aTruncatedMultipartBodyIs400NamingIt() throws Exception {
        String boundary = "fer4jBoundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"face.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(head, head.length + 500);
        System.arraycopy(SampleMedia.groupPhoto(), 0, body, head.length, 500);
        assertRefused(post(body, "multipart/form-data; boundary=" + boundary), 400, "upload", "multipart");
    }

    @Test
    void aMultipartBodyOfGarbageIs400NamingIt() throws Exception {
        byte[] garbage = new byte[4000];
        new Random(3).nextBytes(garbage);
        assertRefused(post(garbage, "multipart/form-data; boundary=nothingLikeThis"), 400, "upload", "multipart");
    }

    @Test
    void aHugeBodyWithoutAContentLengthIs413() throws Exception {
        long size = 4 * MAX_BYTES;
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("v1/emotions")).header("Content-Type", "image/jpeg")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.InputStream() {
                    private long left = size;

                    @Override
                    public int read() {
                        return left-- > 0 ? 0x5a : -1;
                    }
                })).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("the server dropped the connection instead of answering 413", e);
        }
        assertRefused(response, 413, "too large", "over the limit of " + MAX_BYTES + " bytes");
    }

    @Test
    void aPictureWithoutFacesGivesNoFaces() throws Exception {
        HttpResponse<String> response = post(SampleMedia.png(new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB)), "image/png");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"faces\":[]}");
    }

    @Test
    void theModelEndpointGivesTheVariantLabelsAndCard() throws Exception {
        JsonObject model = Json.object(get("v1/model").body());
        assertThat(model.get("variant").getAsString()).isEqualTo("cnn-rnn-augmented");
        assertThat(model.get("attention").getAsBoolean()).isFalse();
        assertThat(model.getAsJsonObject("card").get("name").getAsString()).isNotBlank();
        assertThat(labels()).contains("happy", "neutral");
    }

    @Test
    void theModelEndpointIsStrictJsonWithTheCardsUnknownNumbersAsNull() throws Exception {
        JsonReader strict = new JsonReader(new StringReader(get("v1/model").body()));
        strict.setStrictness(Strictness.STRICT);

        JsonObject card = JsonParser.parseReader(strict).getAsJsonObject().getAsJsonObject("card");

        // the shipped cards predate plan, FLOPs and flip accuracy: unknown (NaN in Java), so null, not NaN
        assertThat(card.get("validationAccuracyWithFlip").isJsonNull()).isTrue();
        assertThat(card.get("megaFlopsPerFace").isJsonNull()).isTrue();
        assertThat(card.get("validationAccuracy").getAsDouble()).isBetween(0.5, 1.0);
    }

    @Test
    void theOpenApiDescriptionNamesEveryEndpoint() throws Exception {
        HttpResponse<String> response = get("v1/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject api = Json.object(response.body());
        assertThat(api.get("openapi").getAsString()).startsWith("3.");
        assertThat(api.getAsJsonObject("paths").keySet()).contains("/v1/emotions", "/v1/health", "/v1/model");
        assertThat(api.getAsJsonObject("paths").getAsJsonObject("/v1/emotions").getAsJsonObject("post")
                .getAsJsonObject("responses").keySet()).contains("200", "400", "413", "415");
    }

    @Test
    void thePageAndItsScriptAreServedFromTheJar() throws Exception {
        HttpResponse<String> page = get("");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<canvas id=\"view\"", "app.js").doesNotContain("http://", "https://");
        HttpResponse<String> script = get("app.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("getUserMedia", "/v1/stream").doesNotContain("http://", "https://");
    }

    @Test
    void anUnknownPathIs404Json() throws Exception {
        assertRefused(get("v1/nothing"), 404, "GET /v1/nothing not found", "/v1/openapi.json");
    }

    @Test
    void theServerIsBoundToLoopbackByDefault() {
        assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    }

    private static Set<String> labels() throws Exception {
        Set<String> labels = new HashSet<>();
        Json.object(get("v1/model").body()).getAsJsonArray("labels").forEach(l -> labels.add(l.getAsString()));
        return labels;
    }

    private static void assertRefused(HttpResponse<String> response, int status, String... named) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        JsonObject error = Json.object(response.body());
        assertThat(error.get("status").getAsInt()).isEqualTo(status);
        assertThat(error.get("error").getAsString()).contains(named);
    }

    private static HttpResponse<String> post(byte[] body, String type) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("v1/emotions")).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.uri() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
