package org.fengqiao.platform.bus;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.query.AxonServerQueryDispatchException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.queryhandling.NoHandlerForQueryException;

/**
 * Tells the failures that mean "the bus (Axon Server) cannot take this message now" from the handler's own answers.
 * Those are answered 503 {@value #BUS_UNAVAILABLE} with {@code Retry-After}, never 500: nothing was decided. A
 * missing handler counts, since handlers are missing while Axon Server restarts and the instances register again.
 */
public final class BusFailures {

    public static final String BUS_UNAVAILABLE = "BUS_UNAVAILABLE";
    public static final String COMMAND_TIMEOUT = "COMMAND_TIMEOUT";
    public static final String QUERY_TIMEOUT = "QUERY_TIMEOUT";
    /** Seconds a client waits before retrying after a 503 from a bus outage or timeout. */
    public static final long RETRY_AFTER_SECONDS = 5;

    private BusFailures() {
    }

    /**
     * Whether the failure, or one of its causes, says the bus could not deliver the message; a failure that came back
     * from a remote handler ({@link RemoteHandlingException} in its causes) is the handler's answer, not an outage.
     */
    public static boolean unavailable(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean outage = false;
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof RemoteHandlingException) {
                return false;
            }
            outage |= t instanceof CommandDispatchException || t instanceof AxonServerException
                    || t instanceof AxonServerQueryDispatchException || t instanceof NoHandlerForCommandException
                    || t instanceof NoHandlerForQueryException
                    || t.getClass().getName().startsWith("io.axoniq.axonserver.connector.")
                    || t.getClass().getName().equals("io.grpc.StatusRuntimeException");
        }
        return outage;
    }
}
