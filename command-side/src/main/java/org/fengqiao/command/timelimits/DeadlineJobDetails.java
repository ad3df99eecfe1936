package org.fengqiao.command.timelimits;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.UUID;
import org.axonframework.deadline.jobrunr.JobRunrDeadlineManager;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.JobParameter;
import org.jobrunr.jobs.details.JobDetailsAsmGenerator;
import org.jobrunr.jobs.details.JobDetailsGenerator;
import org.jobrunr.jobs.lambdas.IocJobLambda;
import org.jobrunr.jobs.lambdas.IocJobLambdaFromStream;
import org.jobrunr.jobs.lambdas.JobLambda;
import org.jobrunr.jobs.lambdas.JobLambdaFromStream;

/**
 * What JobRunr stores for a deadline job, without reading class bytes. Axon's {@link JobRunrDeadlineManager} hands
 * JobRunr a lambda, {@code () -> execute(details, deadlineId.toString())}; JobRunr finds out which method it calls and
 * with which arguments by reading the lambda's class file and interpreting its byte code, on every deadline scheduled
 * (3 % of the service's time under the load harness, two to four deadlines per command). This lambda's shape is known:
 * it captures the manager, the serialized deadline and the deadline's id, and calls {@code execute(String, String)}.
 * So its details are built here from the captured values, exactly as JobRunr's analysis builds them
 * ({@code DeadlineJobDetailsTest} compares the two on Axon's own lambda); stored jobs stay as they were, and any
 * other lambda (or one whose captures look different after an Axon upgrade) still goes to JobRunr's analysis.
 */
final class DeadlineJobDetails implements JobDetailsGenerator {

    private static final String LAMBDA_PREFIX = JobRunrDeadlineManager.class.getName() + "$$Lambda";

    private final JobDetailsGenerator analysis = new JobDetailsAsmGenerator();

    @Override
    public JobDetails toJobDetails(JobLambda lambda) {
        JobDetails known = deadline(lambda);
        return known != null ? known : analysis.toJobDetails(lambda);
    }

    @Override
    public JobDetails toJobDetails(IocJobLambda<?> lambda) {
        return analysis.toJobDetails(lambda);
    }

    @Override
    public <T> JobDetails toJobDetails(T itemFromStream, JobLambdaFromStream<T> lambda) {
        return analysis.toJobDetails(itemFromStream, lambda);
    }

    @Override
    public <S, T> JobDetails toJobDetails(T itemFromStream, IocJobLambdaFromStream<S, T> lambda) {
        return analysis.toJobDetails(itemFromStream, lambda);
    }

    /** The details of Axon's deadline lambda, or {@code null} for any other lambda. */
    static JobDetails deadline(JobLambda lambda) {
        Class<?> type = lambda.getClass();
        if (!type.isSynthetic() || !type.getName().startsWith(LAMBDA_PREFIX)) {
            return null;
        }
        JobRunrDeadlineManager manager = null;
        String details = null;
        UUID deadlineId = null;
        try {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object value = field.get(lambda);
                if (value instanceof JobRunrDeadlineManager m && manager == null) {
                    manager = m;
                } else if (value instanceof String s && details == null) {
                    details = s;
                } else if (value instanceof UUID id && deadlineId == null) {
                    deadlineId = id;
                } else {
                    return null;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        if (manager == null || details == null || deadlineId == null) {
            return null;
        }
        return new JobDetails(JobRunrDeadlineManager.class.getName(), null, "execute",
                List.of(new JobParameter(String.class, details), new JobParameter(String.class, deadlineId.toString())));
    }
}
