package vn.hoctap.api.decision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/**
 * Stored decisions. Insert-only: there is no save, update or delete, so an existing decision can never be written
 * over.
 */
interface Decisions extends Repository<DecisionDocument, String> {

    DecisionDocument insert(DecisionDocument decision);

    Optional<DecisionDocument> findById(String id);

    List<DecisionDocument> findByAssessmentIdOrderByRevisionAsc(String assessmentId);

    List<DecisionDocument> findByChainKeyOrderByRevisionAsc(String chainKey);

    Optional<DecisionDocument> findBySupersedes(String id);

    List<DecisionDocument> findByIdIn(List<String> ids);
}
