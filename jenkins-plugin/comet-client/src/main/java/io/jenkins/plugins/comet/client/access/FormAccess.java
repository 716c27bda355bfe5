package io.jenkins.plugins.comet.client.access;

/**
 * Which permission a web method of the plugin's forms (a {@code doCheck...} or {@code doFill...}) needs,
 * as Jenkins' security guidelines ask: configuring a job needs Item/Configure on that job; outside a
 * job (the global configuration, or a form not bound to an item) Overall/Administer; a drop-down whose
 * entries are the same for everyone and reveal nothing (the gate conditions) only Overall/Read.
 * The Jenkins side maps these to its Permission objects ({@code FormPermissions} in comet-jenkins).
 */
public enum FormAccess {
    ITEM_CONFIGURE,
    ADMINISTER,
    READ;

    /**
     * @param inItem       whether the form belongs to a job (Stapler found an Item on the URL)
     * @param revealsNothing whether the answer is a fixed list or check that leaks no configuration or secret
     */
    public static FormAccess required(boolean inItem, boolean revealsNothing) {
        if (revealsNothing) {
            return READ;
        }
        return inItem ? ITEM_CONFIGURE : ADMINISTER;
    }
}
