package dev.kiroworker.worker.local.aws;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A JDK HTTP server on 127.0.0.1 and a free port, requests served on a pool of daemon threads. */
final class LoopbackServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;

  private LoopbackServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  static LoopbackServer start(String name, HttpHandler handler) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      // Platform threads: virtual ones could wait forever for a carrier while other code
      // (process and emulator pipe readers) holds every carrier in a blocking native read.
      ExecutorService executor =
          Executors.newCachedThreadPool(
              Thread.ofPlatform().daemon().name("embedded-" + name + "-", 0).factory());
      server.setExecutor(executor);
      server.createContext("/", handler);
      server.start();
      return new LoopbackServer(server, executor);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded " + name + " on loopback", e);
    }
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
