package org.broadsheet.serve;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A test client that sends requests exactly as written (no normalising of {@code ..} or escapes, as browsers
 * and HttpClient would do), and reads Server-Sent Events.
 */
final class Http {
    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private Http() {
    }

    static Response get(int port, String target) throws IOException {
        return send(port, "GET", target, "127.0.0.1:" + port);
    }

    static Response send(int port, String method, String target, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                    + (method.equals("POST") || method.equals("PUT") ? "Content-Length: 0\r\n" : "")
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            byte[] all = readAll(socket.getInputStream());
            String text = new String(all, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }

    /** An open event stream; {@link #await(String)} reads until an event of that name arrives. */
    static final class Events implements Closeable {
        private final BufferedReader lines;
        private final InputStream body;
        final String contentType;

        Events(String url) throws IOException, InterruptedException {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            body = response.body();
            contentType = response.headers().firstValue("Content-Type").orElse("");
            lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        }

        /** The data of the next event with this name; fails when the stream ends first. */
        String await(String event) throws IOException {
            String name = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ") && event.equals(name)) {
                    return line.substring(6);
                } else if (line.isEmpty()) {
                    name = null;
                }
            }
            throw new IOException("event stream ended before a '" + event + "' event");
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
