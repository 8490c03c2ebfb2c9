package org.w3id.dmkg.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.extract.office.OfficeHolding;

class CountryMiningTest {
    private static OfficeHolding holding(String person, String country) {
        return new OfficeHolding(person, "President", country, null, null, 0.85, null);
    }

    private static List<List<OfficeHolding>> articles() {
        List<List<OfficeHolding>> out = new ArrayList<>();
        // one article naming Xi three times counts once
        out.add(List.of(holding("Xi Jinping", "country/CN"), holding("Xi Jinping", "country/CN"),
                holding("Xi Jinping", "country/CN")));
        out.add(List.of(holding("XI JINPING", "country/CN"), holding("Kim", "country/KP")));
        out.add(List.of(holding("Kim", "country/KR"), holding("Lone Name", "country/FR")));
        out.add(List.of(holding("Kim", "country/KP"), holding("Nobody", null)));
        return out;
    }

    @Test
    void keepsThePeopleEnoughArticlesAgreeOn() {
        CountryMining m = new CountryMining();
        articles().forEach(m::add);
        List<CountryMining.Entry> table = m.table(2, 0.8);
        // Kim: two articles say North Korea, one South Korea, below the share; Lone Name: one article only
        assertEquals(List.of(new CountryMining.Entry("xi jinping", "country/CN", 2, 2, "XI JINPING")), table);
        assertEquals(List.of("kim", "xi jinping"),
                m.table(2, 0.6).stream().map(CountryMining.Entry::key).toList());
        assertEquals(List.of("kim", "lone name", "xi jinping"),
                m.table(1, 0.5).stream().map(CountryMining.Entry::key).toList());
    }

    @Test
    void theTableDoesNotDependOnTheArticlesOrder() {
        List<List<OfficeHolding>> a = articles();
        CountryMining forward = new CountryMining();
        a.forEach(forward::add);
        Collections.reverse(a);
        CountryMining backward = new CountryMining();
        a.forEach(backward::add);
        assertEquals(forward.table(1, 0.5), backward.table(1, 0.5));
    }
}
