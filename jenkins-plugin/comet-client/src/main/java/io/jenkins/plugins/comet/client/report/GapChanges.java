package io.jenkins.plugins.comet.client.report;

import io.jenkins.plugins.comet.client.api.Gap;
import io.jenkins.plugins.comet.client.api.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gaps that opened or closed since the previous build. Only views present in both builds are
 * compared: turning on a new view (e.g. adding test globs) does not make all its gaps "new".
 *
 * @param compared false on the first build with a report (nothing to compare with)
 */
public record GapChanges(boolean compared, List<GapKey> opened, List<GapKey> closed) {

    public static GapChanges none() {
        return new GapChanges(false, List.of(), List.of());
    }

    public static GapChanges between(List<ViewReport> current, Report previous) {
        if (previous == null) {
            return none();
        }
        var opened = new ArrayList<GapKey>();
        var closed = new ArrayList<GapKey>();
        for (var view : current) {
            var before = previous.view(view.view());
            if (before == null) {
                continue;
            }
            var now = keys(view);
            var then = keys(before);
            now.stream().filter(k -> !then.contains(k)).forEach(opened::add);
            then.stream().filter(k -> !now.contains(k)).forEach(closed::add);
        }
        return new GapChanges(true, List.copyOf(opened), List.copyOf(closed));
    }

    public List<GapKey> opened(Role role) {
        return opened.stream().filter(k -> k.role() == role).toList();
    }

    private static Set<GapKey> keys(ViewReport view) {
        var keys = new TreeSet<GapKey>();
        for (Gap gap : view.gaps()) {
            keys.add(new GapKey(view.view(), gap.role(), gap.id()));
        }
        return keys;
    }
}
