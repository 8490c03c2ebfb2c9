package org.w3id.dmkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class IrisTest {
    @Test
    void aPersonIsNamedByTheWordsOfTheNameInAnyOrderAndCase() {
        assertEquals(Iris.person("Kim Jong Un"), Iris.person("Kim Jong-un"));
        assertEquals(Iris.person("Lena Varga"), Iris.person("VARGA Lena"));
        assertEquals("https://w3id.org/dmkg/id/person/lena-varga", Iris.person("Varga, Lena"));
    }

    @Test
    void aWordTheNameRepeatsCountsEachTime() {
        assertNotEquals(Iris.person("Abdullah"), Iris.person("Abdullah Abdullah"));
        assertEquals("https://w3id.org/dmkg/id/person/abdullah-abdullah", Iris.person("Abdullah Abdullah"));
        assertEquals(Iris.person("Tom Tom Brekke"), Iris.person("Brekke Tom Tom"));
    }
}
