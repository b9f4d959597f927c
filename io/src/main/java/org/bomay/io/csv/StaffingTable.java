package org.bomay.io.csv;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.TenureType;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;
import org.bomay.core.text.VnText;

/**
 * The staffing table: one row per tenure (a post and a person), one per post that nobody has
 * ever held (a post and no person), and one per person who holds no post (a person and no post).
 * A post or person on several rows must have the same fields on each.
 */
final class StaffingTable {
    static final String UNIT = "unit";
    static final String UNIT_NAME = "unit_name";
    static final String POST = "post";
    static final String POST_TITLE = "post_title";
    static final String ROLE = "role";
    static final String CAPACITY = "capacity";
    static final String PERSON = "person";
    static final String PERSON_NAME = "person_name";
    static final String PARTY_MEMBER = "party_member";
    static final String BIRTH_DATE = "birth_date";
    static final String TENURE_TYPE = "tenure_type";
    static final String FROM = "from";
    static final String TO = "to";

    static final ImmutableList<String> COLUMNS = ImmutableList.of(UNIT, UNIT_NAME, POST, POST_TITLE, ROLE, CAPACITY, PERSON,
            PERSON_NAME, PARTY_MEMBER, BIRTH_DATE, TENURE_TYPE, FROM, TO);
    static final ImmutableSet<String> REQUIRED = ImmutableSet.of(UNIT, POST, POST_TITLE, ROLE, PERSON, PERSON_NAME,
            PARTY_MEMBER, TENURE_TYPE);

    private StaffingTable() {}

    static void write(OrgStructure s, CsvPrinter out) throws IOException {
        out.record(COLUMNS.toArray(String[]::new));
        for (Post p : s.posts()) {
            String unitName = s.unit(p.unit()).name();
            ImmutableList<Tenure> ts = s.tenures(p.id());
            if (ts.isEmpty()) {
                out.record(p.unit().toString(), unitName, p.id().toString(), p.title(), p.role().name(),
                        Integer.toString(p.capacity()), "", "", "", "", "", "", "");
                continue;
            }
            for (Tenure t : ts) {
                Person h = s.person(t.person());
                out.record(p.unit().toString(), unitName, p.id().toString(), p.title(), p.role().name(),
                        Integer.toString(p.capacity()), h.id().toString(), h.name(), Boolean.toString(h.partyMember()),
                        h.birth().map(LocalDate::toString).orElse(""), t.type().name(),
                        t.period().start().map(LocalDate::toString).orElse(""),
                        t.period().end().map(LocalDate::toString).orElse(""));
            }
        }
        for (Person h : s.people()) {
            if (s.tenures(h.id()).isEmpty()) {
                out.record("", "", "", "", "", "", h.id().toString(), h.name(), Boolean.toString(h.partyMember()),
                        h.birth().map(LocalDate::toString).orElse(""), "", "", "");
            }
        }
    }

    /** A person and a post: the key of a person's tenures of one post. */
    record Holding(PersonId person, PostId post) {}

    /** A tenure and its row. */
    record TenureRow(Tenure tenure, RowRef row) {}

    /** What the table held. */
    static final class Result {
        final Map<PostId, Post> posts = new LinkedHashMap<>();
        final Map<PostId, RowRef> postRows = new HashMap<>();
        final Map<PersonId, Person> people = new LinkedHashMap<>();
        final Map<PersonId, RowRef> personRows = new HashMap<>();
        final List<Tenure> tenures = new ArrayList<>();
        final Map<Holding, List<TenureRow>> tenureRows = new HashMap<>();
        /** Ids of posts and people with a problem on some row: core problems naming them are not reported. */
        final Set<PostId> brokenPosts = new HashSet<>();
        final Set<PersonId> brokenPeople = new HashSet<>();
        boolean complete;
    }

    static Result read(Table t, Map<UnitId, UnitTable.Entry> units, Problems problems) throws IOException {
        Result out = new Result();
        Map<Tenure, Integer> tenureRow = new HashMap<>();
        for (Row r = t.next(); r != null && !problems.full(); r = t.next()) {
            PostId postId = r.id(POST, PostId::of, false);
            PersonId personId = r.id(PERSON, PersonId::of, false);
            if (r.broken()) {
                if (postId != null) {
                    out.brokenPosts.add(postId);
                }
                if (personId != null) {
                    out.brokenPeople.add(personId);
                }
                continue;
            }
            boolean hasPost = r.has(POST);
            boolean hasPerson = r.has(PERSON);
            if (!hasPost && !hasPerson) {
                r.problem(null, "the row names neither a post nor a person: fill post and person for a tenure, only post"
                        + " for a post nobody holds, only person for a person without a post");
                continue;
            }
            RowRef ref = r.ref();
            if (hasPost) {
                boolean before = r.ok();
                Post post = post(r, postId, units);
                if (post != null) {
                    define(r, ref, post, out);
                }
                if (postId != null && (post == null || r.ok() != before)) {
                    out.brokenPosts.add(postId);
                }
            } else {
                r.mustBeEmpty("the row names no post", UNIT, UNIT_NAME, POST_TITLE, ROLE, CAPACITY);
            }
            if (hasPerson) {
                boolean before = r.ok();
                Person person = person(r, personId);
                if (person != null) {
                    define(r, ref, person, out);
                }
                if (personId != null && (person == null || r.ok() != before)) {
                    out.brokenPeople.add(personId);
                }
            } else {
                r.mustBeEmpty("the row names no person", PERSON_NAME, PARTY_MEMBER, BIRTH_DATE);
            }
            if (hasPost && hasPerson) {
                TenureType type = r.choice(TENURE_TYPE, TenureType.class, true);
                LocalDate from = r.date(FROM);
                LocalDate to = r.date(TO);
                Period period = UnitTable.period(r, from, to, TO);
                if (postId != null && personId != null && type != null && period != null) {
                    Tenure tenure = new Tenure(personId, postId, period, type);
                    Integer first = tenureRow.putIfAbsent(tenure, r.number());
                    if (first != null) {
                        r.problem(PERSON, "the tenure " + tenure + " is also on row " + first);
                    } else {
                        out.tenures.add(tenure);
                        out.tenureRows.computeIfAbsent(new Holding(personId, postId), k -> new ArrayList<>(1)).add(new TenureRow(tenure, ref));
                    }
                }
            } else {
                r.mustBeEmpty(hasPost ? "the row names no person (the post is vacant)" : "the row names no post",
                        TENURE_TYPE, FROM, TO);
            }
        }
        out.complete = t.complete() && !problems.full();
        return out;
    }

    private static Post post(Row r, PostId id, Map<UnitId, UnitTable.Entry> units) {
        UnitId unit = r.id(UNIT, UnitId::of, true);
        String title = r.required(POST_TITLE);
        PostRole role = r.choice(ROLE, PostRole.class, true);
        Integer capacity = r.whole(CAPACITY, 1);
        if (unit != null && r.has(UNIT_NAME)) {
            UnitTable.Entry u = units.get(unit);
            if (u != null && !sameText(r.text(UNIT_NAME), u.unit().name())) {
                r.problem(UNIT_NAME, "unit_name '" + r.text(UNIT_NAME) + "' is not the name '" + u.unit().name() + "' of unit "
                        + unit + " on " + u.row() + " (leave unit_name empty, or copy the name)");
            }
        }
        if (id == null || unit == null || title == null || role == null || (r.has(CAPACITY) && capacity == null)) {
            return null;
        }
        try {
            return Post.of(id, unit, role, title, capacity == null ? 1 : capacity);
        } catch (BomayException e) {
            r.problem(POST_TITLE, e.getMessage());
            return null;
        }
    }

    private static Person person(Row r, PersonId id) {
        String name = r.required(PERSON_NAME);
        Boolean member = r.bool(PARTY_MEMBER, true);
        LocalDate birth = r.date(BIRTH_DATE);
        if (id == null || name == null || member == null || (r.has(BIRTH_DATE) && birth == null)) {
            return null;
        }
        try {
            return new Person(id, name, member, birth);
        } catch (BomayException e) {
            r.problem(PERSON_NAME, e.getMessage());
            return null;
        }
    }

    private static boolean sameText(String a, String b) {
        try {
            return VnText.name(a).equals(VnText.name(b));
        } catch (BomayException e) {
            return false;
        }
    }

    /** Records the post, or reports each field in which it differs from its first row. */
    private static void define(Row r, RowRef ref, Post post, Result out) {
        Post first = out.posts.putIfAbsent(post.id(), post);
        if (first == null) {
            out.postRows.put(post.id(), ref);
            return;
        }
        RowRef at = out.postRows.get(post.id());
        differs(r, UNIT, "post " + post.id(), first.unit(), post.unit(), at);
        differs(r, POST_TITLE, "post " + post.id(), first.title(), post.title(), at);
        differs(r, ROLE, "post " + post.id(), first.role(), post.role(), at);
        differs(r, CAPACITY, "post " + post.id(), first.capacity(), post.capacity(), at);
    }

    /** Records the person, or reports each field in which they differ from their first row. */
    private static void define(Row r, RowRef ref, Person person, Result out) {
        Person first = out.people.putIfAbsent(person.id(), person);
        if (first == null) {
            out.personRows.put(person.id(), ref);
            return;
        }
        RowRef at = out.personRows.get(person.id());
        differs(r, PERSON_NAME, "person " + person.id(), first.name(), person.name(), at);
        differs(r, PARTY_MEMBER, "person " + person.id(), first.partyMember(), person.partyMember(), at);
        differs(r, BIRTH_DATE, "person " + person.id(), first.birthDate(), person.birthDate(), at);
    }

    private static void differs(Row r, String column, String what, Object first, Object here, RowRef firstRow) {
        if (!Objects.equals(first, here)) {
            r.problem(column, what + " has " + column + " '" + (here == null ? "" : here) + "' here but '"
                    + (first == null ? "" : first) + "' on " + firstRow + " (a post or person repeated on several rows"
                    + " must have the same fields on each)");
        }
    }
}
