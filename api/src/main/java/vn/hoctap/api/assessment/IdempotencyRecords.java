package vn.hoctap.api.assessment;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Idempotency keys in use. Insert-only; the unique id makes the first insert win. */
interface IdempotencyRecords extends Repository<IdempotencyRecord, String> {

    IdempotencyRecord insert(IdempotencyRecord record);

    Optional<IdempotencyRecord> findById(String id);
}
