package cat.xarxa;

import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.knowledge.KnowledgeItem;
import cat.xarxa.knowledge.KnowledgeSource;
import cat.xarxa.knowledge.SharedKnowledge;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.SubmissionStatus;
import cat.xarxa.practice.Training;
import cat.xarxa.workinggroup.ProductStatus;
import cat.xarxa.workinggroup.WorkingGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** {@link SharedKnowledge}: one read across the areas that share what they learn. */
final class KnowledgeDesk implements SharedKnowledge {

    /** How much of a summary stands for the title of shared documentation. */
    static final int TITLE_LENGTH = 120;

    private final UnitOfWork work;

    KnowledgeDesk(UnitOfWork work) {
        this.work = work;
    }

    @Override
    public List<KnowledgeItem> about(String topic) {
        Objects.requireNonNull(topic, "topic");
        String tag = topic.trim();
        List<KnowledgeItem> found = new ArrayList<>();
        work.read(tx -> {
            try (Stream<PracticeSubmission> practices = tx.practices().submissions()) {
                practices.filter(p -> p.status() == SubmissionStatus.PUBLISHED && p.themes().contains(tag))
                        .forEach(p -> found.add(new KnowledgeItem(KnowledgeSource.GOOD_PRACTICE, p.id().toString(),
                                p.title(), tag, p.council(), p.publishedOn(), p.sheet().link())));
            }
            try (Stream<Training> trainings = tx.practices().trainings()) {
                trainings.filter(t -> t.topic().equals(tag))
                        .forEach(t -> found.add(new KnowledgeItem(KnowledgeSource.TRAINING, t.id().toString(), t.title(),
                                tag, t.council(), t.from(), t.link())));
            }
            try (Stream<AdvisoryProduct> products = tx.advisories().products()) {
                products.filter(p -> p.published() && p.topic().equals(tag))
                        .forEach(p -> found.add(new KnowledgeItem(KnowledgeSource.ADVISORY_PRODUCT, p.id().toString(),
                                p.title(), tag, null, null, p.link())));
            }
            try (Stream<WorkingGroup> groups = tx.workingGroups().groups()) {
                groups.filter(g -> g.theme().equals(tag)).forEach(g -> g.products().stream()
                        .filter(p -> p.status() == ProductStatus.PUBLISHED)
                        .forEach(p -> found.add(new KnowledgeItem(KnowledgeSource.GROUP_PRODUCT, p.id().toString(),
                                p.title(), tag, null, p.publishedOn(), ""))));
            }
            try (Stream<Mentorship> mentorships = tx.mentorships().mentorships()) {
                mentorships.filter(m -> m.topic().equals(tag) && m.documentation() != null && m.documentation().isGiven())
                        .forEach(m -> found.add(new KnowledgeItem(KnowledgeSource.MENTORSHIP_DOCUMENTATION,
                                m.id().toString(), titleOf(m), tag, m.menteeCouncil(), m.documentation().sharedOn(),
                                m.documentation().link())));
            }
            return null;
        });
        found.sort(Comparator.comparing(KnowledgeItem::on, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(KnowledgeItem::source).thenComparing(KnowledgeItem::id));
        return List.copyOf(found);
    }

    private static String titleOf(Mentorship mentorship) {
        String summary = mentorship.documentation().summary().strip();
        if (summary.isEmpty()) {
            return mentorship.topic();
        }
        return summary.length() <= TITLE_LENGTH ? summary : summary.substring(0, TITLE_LENGTH - 1).strip() + "…";
    }
}
