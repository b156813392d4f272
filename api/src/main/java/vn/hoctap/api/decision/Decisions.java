package vn.hoctap.api.decision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/**
 * Stored decisions, read by id. Writing goes through {@link DecisionWriter} only (insert-only: there is no save,
 * update or delete, so an existing decision can never be written over).
 */
interface Decisions extends Repository<DecisionDocument, String> {

    Optional<DecisionDocument> findById(String id);

    List<DecisionDocument> findByIdIn(List<String> ids);
}
