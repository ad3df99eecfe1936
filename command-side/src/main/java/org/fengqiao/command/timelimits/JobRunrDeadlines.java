package org.fengqiao.command.timelimits;

import java.time.Duration;
import java.util.List;
import org.axonframework.deadline.jobrunr.JobRunrDeadlineManager;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * JobRunr, set up by hand rather than through its global {@code JobRunr.configure()} (so that two application
 * contexts in one JVM, as in tests, do not share it): the job store, the scheduler Axon's
 * {@link JobRunrDeadlineManager} writes deadlines to, and the background server that polls the store and fires them.
 * The server starts after Axon (a firing loads its case through Axon's repositories) and stops before it.
 */
public final class JobRunrDeadlines implements SmartLifecycle {

    private static final Logger logger = LoggerFactory.getLogger(JobRunrDeadlines.class);

    private final StorageProvider storage;
    private final JsonMapper json = new JacksonJsonMapper();
    private final JobScheduler scheduler;
    private final Duration pollInterval;
    private final int workers;
    private JobRunrDeadlineManager manager;
    private BackgroundJobServer server;

    public JobRunrDeadlines(StorageProvider storage, Duration pollInterval, int workers) {
        this.storage = storage;
        this.pollInterval = pollInterval;
        this.workers = workers;
        storage.setJobMapper(new JobMapper(json));
        this.scheduler = new JobScheduler(storage, new DeadlineJobDetails(), List.of());
    }

    public JobScheduler scheduler() {
        return scheduler;
    }

    /** The deadline manager whose {@code execute} the stored jobs call; set once, before {@link #start()}. */
    public void use(JobRunrDeadlineManager deadlineManager) {
        this.manager = deadlineManager;
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        server = new BackgroundJobServer(storage, json, new ManagerActivator(), BackgroundJobServerConfiguration
                .usingStandardBackgroundJobServerConfiguration()
                .andPollInterval(pollInterval)
                .andWorkerCount(workers));
        server.start();
        logger.info("Deadlines: JobRunr on {} (poll every {})", storage.getClass().getSimpleName(), pollInterval);
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** After Axon has started (Axon's own phases are lower), before the web server takes requests. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }

    private final class ManagerActivator implements org.jobrunr.server.JobActivator {
        @Override
        public <T> T activateJob(Class<T> type) {
            if (type.isInstance(manager)) {
                return type.cast(manager);
            }
            throw new IllegalStateException("JobRunr asked for " + type.getName() + "; only deadlines run here");
        }
    }
}
