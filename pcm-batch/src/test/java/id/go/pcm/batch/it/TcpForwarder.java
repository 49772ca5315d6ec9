package id.go.pcm.batch.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on loopback, between a process and a server, that a test can cut and restore: while
 * cut, the port refuses connections and every forwarded connection is closed, as when the server goes
 * away. It can also stall, as a server that hangs. Plain sockets and one thread per direction: a test's few connections need no more.
 */
final class TcpForwarder implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private boolean stalled;

    private TcpForwarder(InetSocketAddress target) throws IOException {
        this.target = target;
        this.server = listen(0);
        this.port = server.getLocalPort();
        accept(server);
    }

    /**
     * @param host the server's host (a loopback address)
     * @param port the server's port
     * @return a forwarder listening on a free loopback port
     */
    static TcpForwarder to(String host, int port) throws IOException {
        return new TcpForwarder(new InetSocketAddress(host, port));
    }

    /** @return the port to connect to instead of the server's */
    int port() {
        return port;
    }

    /** The server is gone: new connections are refused, the open ones are closed. */
    synchronized void cut() throws IOException {
        server.close();
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    /**
     * The server hangs: connections stay open and new ones are accepted, but nothing passes either
     * way until {@link #resume()}.
     */
    synchronized void stall() {
        stalled = true;
    }

    /** The server answers again: what was held back passes on. */
    synchronized void resume() {
        stalled = false;
        notifyAll();
    }

    private synchronized void awaitFlowing() throws InterruptedException {
        while (stalled) {
            wait();
        }
    }

    /** The server is back, on the same port. */
    synchronized void restore() throws IOException {
        if (server.isClosed()) {
            server = listen(port);
            accept(server);
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true); // rebinding the port right after cut()
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void accept(ServerSocket listening) {
        Thread acceptor = new Thread(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Socket upstream = new Socket();
                    try {
                        upstream.connect(target, 5_000);
                    } catch (IOException e) {
                        closeQuietly(client);
                        continue;
                    }
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    return; // cut
                }
            }
        }, "forwarder-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    awaitFlowing();
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed, or cut
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "forwarder-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
