package cat.xarxa.knowledge;

import java.util.List;

/**
 * One question across the areas: what does the network know about a topic? Published good
 * practices, open trainings, published advisory materials, published working-group products (by
 * the group's theme) and shared mentorship documentation.
 */
public interface SharedKnowledge {

    /**
     * Everything the network shares on a topic tag (e.g. {@code responsible-public-procurement}),
     * newest first, then by source and id.
     */
    List<KnowledgeItem> about(String topic);
}
