package io.jenkins.plugins.comet;

import hudson.model.Item;
import hudson.security.Permission;
import io.jenkins.plugins.comet.client.access.FormAccess;
import jenkins.model.Jenkins;

/** Jenkins' side of {@link FormAccess}: its rule turned into Jenkins permissions, checked for the current user. */
final class FormPermissions {
    private FormPermissions() {
    }

    static Permission permission(FormAccess access) {
        return switch (access) {
            case ITEM_CONFIGURE -> Item.CONFIGURE;
            case ADMINISTER -> Jenkins.ADMINISTER;
            case READ -> Jenkins.READ;
        };
    }

    /**
     * For doCheck methods and credential drop-downs of a job's form (item != null) or of a form outside
     * any job (item == null). Callers answer with nothing useful when this is false, as Jenkins' own
     * forms do, rather than with an error page in the middle of a form.
     */
    static boolean mayConfigure(Item item) {
        var permission = permission(FormAccess.required(item != null, false));
        return item != null ? item.hasPermission(permission) : Jenkins.get().hasPermission(permission);
    }

    /** For fixed drop-downs (the gate conditions), which reveal nothing: anyone who may see Jenkins; others get a 403. */
    static void checkFixedList() {
        Jenkins.get().checkPermission(permission(FormAccess.required(false, true)));
    }
}
