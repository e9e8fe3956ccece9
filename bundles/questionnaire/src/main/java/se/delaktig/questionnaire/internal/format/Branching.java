package se.delaktig.questionnaire.internal.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.delaktig.api.questionnaire.Operator;

/**
 * Load-time checks of enableWhen: a condition may only name an earlier, answerable item that is
 * not the item itself or a group containing it, with a code that item has; and no cycles.
 */
final class Branching {

    private Branching() {
    }

    static void check(Fields f, List<ItemReader.Visited> items) {
        Map<String, Integer> position = new HashMap<>();
        Map<String, ItemReader.Visited> byId = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ItemReader.Visited v = items.get(i);
            if (v.linkId() != null) {
                position.putIfAbsent(v.linkId(), i);
                byId.putIfAbsent(v.linkId(), v);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            ItemReader.Visited v = items.get(i);
            for (ItemReader.Condition c : v.conditions()) {
                String where = Fields.at(c.path(), "question");
                ItemReader.Visited target = byId.get(c.question());
                if (target == null) {
                    f.add(where, "\"" + c.question() + "\" is not an item of this questionnaire");
                } else if (c.question().equals(v.linkId())) {
                    f.add(where, "an item cannot depend on itself (cycle)");
                } else if (v.ancestors().contains(c.question())) {
                    f.add(where, "\"" + c.question() + "\" is a group containing this item (cycle)");
                } else if (position.get(c.question()) > i) {
                    f.add(where, "\"" + c.question() + "\" comes later in the questionnaire; conditions may only name earlier items");
                } else if (target.type() != null && !target.type().answerable()) {
                    f.add(where, "\"" + c.question() + "\" is a " + target.type().code() + " and takes no answer");
                } else if (target.type() != null && c.operator() != Operator.EXISTS && !target.type().choice()) {
                    f.add(Fields.at(c.path(), "operator"), "\"" + c.operator().code() + "\" needs a choice item; \""
                            + c.question() + "\" is " + target.type().code() + " (use \"exists\")");
                } else if (c.code() != null && target.type() != null && !target.codes().contains(c.code())) {
                    f.add(Fields.at(c.path(), "answer"), "\"" + c.code() + "\" is not an option of \"" + c.question() + "\"");
                }
            }
        }
        cycles(f, items, byId);
    }

    /** Depth-first search over "depends on" edges (conditions, and an item on its enclosing groups). */
    private static void cycles(Fields f, List<ItemReader.Visited> items, Map<String, ItemReader.Visited> byId) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the path, 2 = done
        for (ItemReader.Visited v : items) {
            if (v.linkId() != null && !state.containsKey(v.linkId())) {
                List<String> path = new ArrayList<>();
                if (visit(v.linkId(), byId, state, path)) {
                    f.add(v.path(), "branching cycle: " + String.join(" -> ", path));
                    return;
                }
            }
        }
    }

    private static boolean visit(String id, Map<String, ItemReader.Visited> byId, Map<String, Integer> state,
            List<String> path) {
        state.put(id, 1);
        path.add(id);
        ItemReader.Visited v = byId.get(id);
        List<String> next = new ArrayList<>(v.ancestors());
        v.conditions().forEach(c -> next.add(c.question()));
        for (String n : next) {
            if (!byId.containsKey(n)) {
                continue;
            }
            Integer s = state.get(n);
            if (s != null && s == 1) {
                path.add(n);
                return true;
            }
            if (s == null && visit(n, byId, state, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
        return false;
    }
}
