package io.jenkins.plugins.comet;

import hudson.model.Item;
import io.jenkins.plugins.comet.client.access.FormAccess;
import jenkins.model.Jenkins;

/** Jenkins' side of {@link FormAccess}: the permission a form's web method needs, checked for the current user. */
final class FormPermissions {
    private FormPermissions() {
    }

    /** For doCheck methods and credential drop-downs: callers answer with nothing useful when this is false. */
    static boolean mayConfigure(Item item) {
        return switch (FormAccess.required(item != null, false)) {
            case ITEM_CONFIGURE -> item.hasPermission(Item.CONFIGURE);
            case ADMINISTER -> Jenkins.get().hasPermission(Jenkins.ADMINISTER);
            case READ -> Jenkins.get().hasPermission(Jenkins.READ);
        };
    }

    /** For fixed drop-downs (gate conditions): anyone who can see Jenkins; others get a 403. */
    static void checkReadFixedList() {
        if (FormAccess.required(false, true) == FormAccess.READ) {
            Jenkins.get().checkPermission(Jenkins.READ);
        }
    }
}
