package org.fengqiao.command.timelimits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.deadline.jobrunr.JobRunrDeadlineManager;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.json.JacksonSerializer;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.JobParameter;
import org.jobrunr.jobs.details.JobDetailsAsmGenerator;
import org.jobrunr.jobs.details.JobDetailsGenerator;
import org.jobrunr.jobs.lambdas.IocJobLambda;
import org.jobrunr.jobs.lambdas.IocJobLambdaFromStream;
import org.jobrunr.jobs.lambdas.JobLambda;
import org.jobrunr.jobs.lambdas.JobLambdaFromStream;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.InMemoryStorageProvider;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;
import org.junit.jupiter.api.Test;

class DeadlineJobDetailsTest {

    /** Hands each lambda to both JobRunr's byte-code analysis and {@link DeadlineJobDetails}; keeps both answers. */
    private static final class BothWays implements JobDetailsGenerator {
        final List<JobDetails> analysed = new ArrayList<>();
        final List<JobDetails> built = new ArrayList<>();

        @Override
        public JobDetails toJobDetails(JobLambda lambda) {
            analysed.add(new JobDetailsAsmGenerator().toJobDetails(lambda));
            built.add(new DeadlineJobDetails().toJobDetails(lambda));
            return built.get(built.size() - 1);
        }

        @Override
        public JobDetails toJobDetails(IocJobLambda<?> lambda) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> JobDetails toJobDetails(T item, JobLambdaFromStream<T> lambda) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <S, T> JobDetails toJobDetails(T item, IocJobLambdaFromStream<S, T> lambda) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void builds_what_jobrunrs_analysis_finds_for_axons_deadline_lambda() {
        BothWays generator = new BothWays();
        InMemoryStorageProvider storage = new InMemoryStorageProvider();
        storage.setJobMapper(new JobMapper(new JacksonJsonMapper()));
        JobRunrDeadlineManager manager = JobRunrDeadlineManager.builder()
                .jobScheduler(new JobScheduler(storage, generator, List.of()))
                .scopeAwareProvider(descriptor -> Stream.empty())
                .serializer(JacksonSerializer.defaultSerializer())
                .transactionManager(NoTransactionManager.INSTANCE)
                .build();
        ScopeDescriptor scope = new AggregateScopeDescriptor("Case", "c-1");

        String first = manager.schedule(Instant.parse("2030-01-01T00:00:00Z"), "limitDue", "first", scope);
        String second = manager.schedule(Instant.parse("2030-02-01T00:00:00Z"), "limitDue", "second", scope);

        assertThat(generator.built).hasSize(2).doesNotContainNull();
        for (int i = 0; i < 2; i++) {
            JobDetails analysed = generator.analysed.get(i);
            JobDetails built = generator.built.get(i);
            assertThat(built.getClassName()).isEqualTo(analysed.getClassName());
            assertThat(built.getStaticFieldName()).isEqualTo(analysed.getStaticFieldName());
            assertThat(built.getMethodName()).isEqualTo(analysed.getMethodName()).isEqualTo("execute");
            assertThat(built.getJobParameters()).extracting(JobParameter::getClassName)
                    .isEqualTo(analysed.getJobParameters().stream().map(JobParameter::getClassName).toList());
            assertThat(built.getJobParameters()).extracting(JobParameter::getActualClassName)
                    .isEqualTo(analysed.getJobParameters().stream().map(JobParameter::getActualClassName).toList());
            assertThat(built.getJobParameterValues()).isEqualTo(analysed.getJobParameterValues());
        }
        assertThat(generator.built.get(0).getJobParameterValues()[1]).isEqualTo(first);
        assertThat(generator.built.get(1).getJobParameterValues()[1]).isEqualTo(second);
        assertThat((String) generator.built.get(1).getJobParameterValues()[0]).contains("second");
        assertThat(storage.getJobById(java.util.UUID.fromString(second)).getJobDetails().getMethodName())
                .isEqualTo("execute");
    }

    @Test
    void leaves_any_other_lambda_to_jobrunrs_analysis() {
        String captured = "not a deadline";
        JobLambda other = () -> System.out.println(captured);

        assertThat(DeadlineJobDetails.deadline(other)).isNull();
        assertThat(new DeadlineJobDetails().toJobDetails(other).getMethodName()).isEqualTo("println");
    }
}
