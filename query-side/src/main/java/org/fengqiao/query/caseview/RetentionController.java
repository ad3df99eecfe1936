package org.fengqiao.query.caseview;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/personal-data/retention-ended} (administrators): the closed cases whose retention period has
 * ended, for a decision on erasure; see {@link RetentionReview}.
 */
@RestController
public class RetentionController {

    private final RetentionReview review;

    RetentionController(RetentionReview review) {
        this.review = review;
    }

    @GetMapping("/api/personal-data/retention-ended")
    public RetentionReview.Listing ended() {
        return review.list();
    }
}
