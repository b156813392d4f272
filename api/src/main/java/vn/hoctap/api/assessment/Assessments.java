package vn.hoctap.api.assessment;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Stored assessments. Insert-only. */
interface Assessments extends Repository<AssessmentDocument, String> {

    AssessmentDocument insert(AssessmentDocument assessment);

    Optional<AssessmentDocument> findById(String id);

    boolean existsById(String id);
}
