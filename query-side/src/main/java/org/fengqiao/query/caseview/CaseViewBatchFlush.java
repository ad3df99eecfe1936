package org.fengqiao.query.caseview;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Writes a batch's case views right after its last event was handled, still inside the unit of work but before it
 * starts to commit.
 *
 * <p>Why not in the prepare-commit phase: the pooled streaming processor registers storing its tracking token for that
 * phase before any handler runs, and prepare-commit handlers run in the order registered. With the tokens in MongoDB,
 * outside any transaction, a bulk write failing after the token was stored would skip the batch for good. Written here,
 * a failure rolls the whole batch back with its token, and the retry is harmless because the projection is idempotent.
 */
final class CaseViewBatchFlush implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            CaseViewBatch.flush(unitOfWork);
        }
        return result;
    }
}
