import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community (embedded artefacts from Maven Central) as a local server with a Bolt
 * listener, for machines without Docker or a Neo4j installation.
 *
 * Usage: NeoLauncher <home-directory> [bolt-host] [bolt-port] [page-cache-MiB]
 *
 * Prints "NEO4J READY bolt://host:port" once the database accepts Bolt connections; the Node
 * side waits for that line. Refuses a second copy on the same home directory, and shuts down
 * cleanly on SIGINT/SIGTERM (the JVM runs shutdown hooks for both) and when its standard input
 * ends: the parent holds a pipe to it, so a parent that dies, even by SIGKILL, takes this
 * database down with it and the next start finds the data folder unlocked.
 *
 * Every transaction is bounded: clients set their own timeout (the API does), and
 * db.transaction.timeout stops any transaction that did not.
 */
public final class NeoLauncher {
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: NeoLauncher <home-directory> [bolt-host] [bolt-port] [page-cache-MiB]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String host = args.length > 1 ? args[1] : "127.0.0.1";
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 7687;
        long pageCacheMiB = args.length > 3 ? Long.parseLong(args[3]) : 256;

        Files.createDirectories(home);
        FileLock lock = lockHome(home);
        if (lock == null) {
            fail("another Neo4j launcher is already running on " + home + " (lock file " + home.resolve("launcher.lock") + ")");
        }
        if (!portIsFree(host, port)) {
            fail("port " + host + ":" + port + " is already in use; set NEO4J_PORT to another port or stop what listens there");
        }

        long started = System.nanoTime();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                // A throwaway local server: keep transaction logs small.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                // The backstop for transactions that set no timeout (cypher-shell, scripts).
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(2))
                // Time-outs are checked this often (default 2 s): keep a 5 s timeout close to 5 s.
                .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(200))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J STOPPING");
            service.shutdown();
            try {
                lock.release();
                lock.channel().close();
            } catch (IOException ignored) {
                // The process is exiting; the OS releases the lock anyway.
            }
            System.out.println("NEO4J STOPPED");
            stopped.countDown();
        }, "neo4j-shutdown"));

        exitWhenInputEnds();

        // Opening the default database blocks until it is available to Bolt clients.
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(60_000);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("NEO4J READY bolt://" + host + ":" + port + " in " + millis + " ms (home " + home + ")");
        System.out.flush();
        stopped.await();
    }

    /** Standard input is a pipe from the parent process: its end means the parent is gone. */
    private static void exitWhenInputEnds() {
        Thread watcher = new Thread(() -> {
            try {
                InputStream input = System.in;
                while (input.read() != -1) {
                    // The parent never writes; anything it might is ignored.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as its end.
            }
            System.out.println("NEO4J PARENT GONE");
            System.exit(0);
        }, "neo4j-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static FileLock lockHome(Path home) throws IOException {
        FileChannel channel = FileChannel.open(home.resolve("launcher.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) channel.close();
            return lock;
        } catch (OverlappingFileLockException e) {
            channel.close();
            return null;
        }
    }

    private static boolean portIsFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void fail(String message) {
        System.err.println("NEO4J FAILED " + message);
        System.exit(1);
    }
}
