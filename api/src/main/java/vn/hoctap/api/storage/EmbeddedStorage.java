package vn.hoctap.api.storage;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database behind the in-process MongoDB wire-protocol server: mongo-java-server's H2 backend on one
 * file, made durable and fail-safe.
 * <ul>
 * <li><b>Durable acknowledgement.</b> Every write command is committed and forced to disk ({@code fsync}) before its
 * reply leaves the server, so a write the driver sees acknowledged survives {@code kill -9}. Concurrent writers share
 * one commit (group commit): a writer waits only for a commit that began after its change.</li>
 * <li><b>Failure.</b> When a commit fails (disk full, file-size limit, the file made read-only), that write is answered
 * with an error, never acknowledged; the file is reopened read-only at its last durable state, reads keep working, and
 * every further write is refused at once with {@value #ERROR_NAME} until storage works again.</li>
 * <li><b>Recovery.</b> {@link #probe()} (called on a schedule) checks that the directory and file take writes again and
 * that the disk has room; then the file is reopened for writing. Each failed attempt doubles the wait, up to five
 * minutes.</li>
 * <li><b>Start-up</b> refuses a data directory or file it cannot write.</li>
 * </ul>
 * Thread-safe. Single-user: the server listens on the loopback interface only, without authentication.
 */
public final class EmbeddedStorage implements MongoBackend {

    /** Error code and name the server answers a refused write with; {@link StorageFailures} recognises them. */
    public static final int ERROR_CODE = 19_700;
    public static final String ERROR_NAME = "HoctapStorageUnavailable";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStorage.class);
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    private static final Duration LAST_BACKOFF = Duration.ofMinutes(5);

    private final Path file;
    private final long minFreeBytes;
    private final Clock clock;
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private final Object commitLock = new Object();
    private final Object probeLock = new Object();
    private volatile H2Backend backend;
    private volatile MVStore store;
    private final int cacheMegabytes;
    private final java.util.concurrent.atomic.AtomicReference<Fault> faultRef = new java.util.concurrent.atomic.AtomicReference<>();
    private MongoVersion version;
    private long writes;
    private long durableWrites;
    private volatile Duration backoff = FIRST_BACKOFF;
    private volatile Instant nextProbe = Instant.MIN;

    /** Why writes are refused, and since when. */
    public record Fault(String reason, Instant since) {
    }

    /**
     * Opens (or creates) the database file for writing.
     *
     * @throws UncheckedIOException when the directory or the file cannot be written
     */
    public EmbeddedStorage(Path file, long minFreeBytes, Clock clock) {
        this(file, minFreeBytes, 16, clock);
    }

    /**
     * Opens (or creates) the database file for writing, with a page cache of {@code cacheMegabytes}.
     *
     * @throws UncheckedIOException when the directory or the file cannot be written
     */
    public EmbeddedStorage(Path file, long minFreeBytes, int cacheMegabytes, Clock clock) {
        this.cacheMegabytes = cacheMegabytes;
        this.file = file.toAbsolutePath();
        this.minFreeBytes = minFreeBytes;
        this.clock = clock;
        String problem = writability();
        if (problem != null) {
            throw new UncheckedIOException(new IOException("The data directory " + this.file.getParent()
                    + " cannot be used: " + problem));
        }
        open(false);
    }

    /** Null while writes are accepted; otherwise why they are refused. */
    public Fault fault() {
        return faultRef.get();
    }

    public Path file() {
        return file;
    }

    /**
     * When writes are refused and the wait since the last attempt is over, checks whether storage works again and, if
     * so, reopens the file for writing.
     *
     * @return true when writes are accepted after the call
     */
    public boolean probe() {
        if (fault() == null) {
            return true;
        }
        synchronized (probeLock) {
            Fault fault = fault();
            if (fault == null || clock.instant().isBefore(nextProbe)) {
                return fault == null;
            }
            String problem = writability();
            if (problem == null) {
                try {
                    reopen(false);
                    log.warn("Embedded storage {} takes writes again (refused since {}: {})", file, fault.since(),
                            fault.reason());
                    faultRef.set(null);
                    backoff = FIRST_BACKOFF;
                    return true;
                } catch (RuntimeException e) {
                    problem = describe(e);
                    reopenQuietly();
                }
            }
            nextProbe = clock.instant().plus(backoff);
            backoff = backoff.multipliedBy(2).compareTo(LAST_BACKOFF) > 0 ? LAST_BACKOFF : backoff.multipliedBy(2);
            log.debug("Embedded storage still refuses writes: {}", problem);
            return false;
        }
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        boolean write = WRITES.contains(command.toLowerCase(Locale.ROOT));
        swap.readLock().lock();
        try {
            if (write) {
                refuseIfFaulty();
            }
            Document response = guarded(() -> backend.handleCommand(channel, database, command, query));
            if (write) {
                awaitDurable();
            }
            return response;
        } finally {
            swap.readLock().unlock();
        }
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document query = message.getDocument();
        return handleCommand(message.getChannel(), message.getDatabaseName(), query.keySet().iterator().next(), query);
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return read(() -> guarded(() -> backend.handleQuery(query)));
    }

    @Override
    public void handleClose(Channel channel) {
        read(() -> {
            backend.handleClose(channel);
            return null;
        });
    }

    @Override
    public void dropDatabase(String database) {
        swap.readLock().lock();
        try {
            refuseIfFaulty();
            backend.dropDatabase(database);
            awaitDurable();
        } finally {
            swap.readLock().unlock();
        }
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return read(() -> backend.getCurrentOperations(query));
    }

    @Override
    public Document getServerStatus() {
        return read(() -> backend.getServerStatus());
    }

    @Override
    public void close() {
        swap.writeLock().lock();
        try {
            closeQuietly();
        } finally {
            swap.writeLock().unlock();
        }
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        read(() -> {
            backend.closeCursors(cursorIds);
            return null;
        });
    }

    @Override
    public Clock getClock() {
        return backend.getClock();
    }

    @Override
    public void enableOplog() {
        backend.enableOplog();
    }

    @Override
    public void disableOplog() {
        backend.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return read(() -> backend.resolveDatabase(database));
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        this.version = version;
        backend.version(version);
        return this;
    }

    private <T> T read(java.util.function.Supplier<T> action) {
        swap.readLock().lock();
        try {
            return action.get();
        } finally {
            swap.readLock().unlock();
        }
    }

    private void refuseIfFaulty() {
        Fault current = fault();
        if (current != null) {
            throw refusal(current.reason());
        }
    }

    /**
     * Runs an operation on the store; when it fails because the store itself has failed (closed after a write error,
     * e.g. by H2's background writer), the failure becomes a storage refusal and the store is reopened read-only.
     */
    private <T> T guarded(java.util.function.Supplier<T> operation) {
        MVStore current = store;
        try {
            return operation.get();
        } catch (RuntimeException e) {
            if (current.isClosed() || current.getPanicException() != null) {
                fail(describe(current.getPanicException() != null ? current.getPanicException() : e));
                throw refusal(fault().reason());
            }
            throw e;
        }
    }

    /** Group commit: returns once a commit that began after this writer's change has reached the disk. */
    private void awaitDurable() {
        long mine;
        synchronized (commitLock) {
            mine = ++writes;
        }
        synchronized (commitLock) {
            if (durableWrites >= mine) {
                return;
            }
            refuseIfFaulty();
            long covered = writes;
            try {
                store.commit();
                store.sync();
                durableWrites = covered;
            } catch (RuntimeException e) {
                fail(describe(e));
                throw refusal(fault().reason());
            }
        }
    }

    /**
     * The store is unusable for writes: refuse them from now on and reopen the file read-only for reads. Takes no lock
     * (it is also called from H2's background writer); the first failure wins.
     */
    private void fail(String reason) {
        if (!faultRef.compareAndSet(null, new Fault(reason, clock.instant()))) {
            return;
        }
        nextProbe = clock.instant().plus(backoff);
        log.error("Embedded storage {} cannot make writes durable ({}); writes are refused, reads continue from the last "
                + "durable state", file, reason);
        // the swap runs on another thread: this one holds the read lock of the failed write
        new Thread(this::reopenQuietly, "hoctap-storage-reopen").start();
    }

    private void reopenQuietly() {
        try {
            reopen(true);
        } catch (RuntimeException e) {
            log.error("Embedded storage {} could not be reopened read-only: {}", file, describe(e));
        }
    }

    private void reopen(boolean readOnly) {
        swap.writeLock().lock();
        try {
            closeQuietly();
            open(readOnly);
        } finally {
            swap.writeLock().unlock();
        }
    }

    private void open(boolean readOnly) {
        MVStore.Builder builder = new MVStore.Builder().fileName(file.toString()).cacheSize(cacheMegabytes)
                .backgroundExceptionHandler((thread, e) -> fail(describe(e)));
        MVStore opened = (readOnly ? builder.readOnly() : builder).open();
        H2Backend opening = new H2Backend(opened, clock);
        if (version != null) {
            opening.version(version);
        }
        store = opened;
        backend = opening;
        synchronized (commitLock) {
            durableWrites = writes;
        }
    }

    private void closeQuietly() {
        if (store == null) {
            return;
        }
        try {
            if (store.isClosed() || store.getPanicException() != null || fault() != null) {
                store.closeImmediately();
            } else {
                backend.close();
            }
        } catch (RuntimeException e) {
            log.debug("Closing the embedded store: {}", describe(e));
            store.closeImmediately();
        }
    }

    /** Null when the directory and file take writes and the disk has room; otherwise what is wrong. */
    private String writability() {
        Path directory = file.getParent();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            return "cannot create it (" + describe(e) + ")";
        }
        if (!Files.isWritable(directory)) {
            return "the directory is not writable";
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            return "the file " + file.getFileName() + " is read-only";
        }
        Path probe = directory.resolve(".hoctap-write-probe");
        try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.allocate(64 * 1024));
            channel.force(true);
        } catch (IOException e) {
            return "a write to it fails (" + describe(e) + ")";
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException e) {
                log.debug("Could not delete {}", probe);
            }
        }
        try {
            long free = Files.getFileStore(directory).getUsableSpace();
            if (free < minFreeBytes) {
                return "only " + free / (1024 * 1024) + " MB free on the disk (at least " + minFreeBytes / (1024 * 1024)
                        + " MB are kept free)";
            }
        } catch (IOException e) {
            return "its free space cannot be read (" + describe(e) + ")";
        }
        return null;
    }

    private static MongoServerError refusal(String reason) {
        return new MongoServerError(ERROR_CODE, ERROR_NAME, "writes are refused: " + reason);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
