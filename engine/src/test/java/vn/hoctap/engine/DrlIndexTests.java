package vn.hoctap.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrlIndexTests {

    @Test
    void commentsAreNotCodeButStringsKeepTheirSlashes() {
        String drl = """
                // Parameter( name == "COMMENTED" )
                rule "R1" /* Parameter( name == "BLOCK" ) */ when
                    Parameter( name == "REAL" ) // trailing comment
                then
                    System.out.println("http://example.org // not a comment");
                end
                """;

        String stripped = DrlIndex.withoutComments(drl);

        assertThat(stripped).doesNotContain("COMMENTED").doesNotContain("BLOCK").contains("REAL")
                .contains("http://example.org // not a comment");
        assertThat(stripped.lines().count()).isEqualTo(drl.lines().count());
    }
}
