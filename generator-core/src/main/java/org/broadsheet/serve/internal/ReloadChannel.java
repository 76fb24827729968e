package org.broadsheet.serve.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The Server-Sent Events stream open pages listen on. Each subscriber's exchange stays open; {@link #reload()}
 * writes a {@code reload} event to every one, and drops those whose page has gone.
 *
 * <p>Thread-safe. No handler thread waits on a subscriber: the exchange is kept, not the thread.
 */
public final class ReloadChannel {
    private final String instance = UUID.randomUUID().toString();
    private final List<HttpExchange> subscribers = new ArrayList<>();
    private int reloads;
    private boolean closed;

    /** Answers a request for the event stream and keeps it open. */
    public void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream;charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(200, 0);
        synchronized (this) {
            if (closed) {
                exchange.close();
                return;
            }
            // retry: how soon a page reconnects after the preview restarts.
            send(exchange, "retry: 1000\nevent: hello\ndata: " + instance + "\n\n");
            subscribers.add(exchange);
        }
    }

    /** Tells every open page to reload. */
    public synchronized void reload() {
        reloads++;
        List<HttpExchange> gone = new ArrayList<>();
        for (HttpExchange subscriber : subscribers) {
            if (!send(subscriber, "event: reload\ndata: " + reloads + "\n\n")) {
                gone.add(subscriber);
            }
        }
        subscribers.removeAll(gone);
        gone.forEach(HttpExchange::close);
    }

    public synchronized int subscribers() {
        return subscribers.size();
    }

    /** Ends every stream; later subscribers are turned away. */
    public synchronized void close() {
        closed = true;
        subscribers.forEach(HttpExchange::close);
        subscribers.clear();
    }

    private static boolean send(HttpExchange exchange, String event) {
        try {
            OutputStream body = exchange.getResponseBody();
            body.write(event.getBytes(StandardCharsets.UTF_8));
            body.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
