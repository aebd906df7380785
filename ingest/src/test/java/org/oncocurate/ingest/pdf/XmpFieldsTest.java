package org.oncocurate.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmpFieldsTest {
    @Test
    void readsTitleCreatorsDoiJournalAndDateWrittenAsElementsOrAttributes() {
        String xmp = """
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                      xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/"
                      prism:doi="10.1000/xyz.2021.42" prism:coverDate="2021-03-01">
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">A review of resistance</rdf:li></rdf:Alt></dc:title>
                   <dc:creator><rdf:Seq><rdf:li>Jane Doe</rdf:li><rdf:li>Richard Roe</rdf:li></rdf:Seq></dc:creator>
                   <prism:publicationName>Journal of Examples</prism:publicationName>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                """;

        XmpFields fields = XmpFields.parse(xmp.getBytes(StandardCharsets.UTF_8));

        assertThat(fields.title()).isEqualTo("A review of resistance");
        assertThat(fields.creators()).containsExactly("Jane Doe", "Richard Roe");
        assertThat(fields.doi()).isEqualTo("10.1000/xyz.2021.42");
        assertThat(fields.publicationName()).isEqualTo("Journal of Examples");
        assertThat(fields.date()).isEqualTo("2021-03-01");
    }

    @Test
    void metadataWithADoctypeIsNotParsedSoItCannotPullInExternalEntities() {
        String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">&secret;</dc:title></x:xmpmeta>
                """;

        assertThat(XmpFields.parse(hostile.getBytes(StandardCharsets.UTF_8))).isEqualTo(XmpFields.NONE);
    }

    @Test
    void brokenOrOversizedMetadataGivesNoFields() {
        assertThat(XmpFields.parse("<x:xmpmeta".getBytes(StandardCharsets.UTF_8))).isEqualTo(XmpFields.NONE);
        assertThat(XmpFields.parse(new byte[XmpFields.MAX_BYTES + 1])).isEqualTo(XmpFields.NONE);
    }
}
