package vn.hoctap.api.area;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Stored area versions. Reference data: an import replaces a version with the same code and start date. */
interface Areas extends Repository<AreaDocument, String> {

    List<AreaDocument> findAll();

    <S extends AreaDocument> List<S> saveAll(Iterable<S> areas);

    long count();
}
