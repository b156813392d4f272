package vn.hoctap.api.ruleset;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Records of rulesets put into service. */
interface RulesetRecords extends Repository<RulesetRecord, String> {

    Optional<RulesetRecord> findById(String sha256);

    RulesetRecord insert(RulesetRecord record);
}
