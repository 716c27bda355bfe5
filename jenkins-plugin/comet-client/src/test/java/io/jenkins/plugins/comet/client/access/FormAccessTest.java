package io.jenkins.plugins.comet.client.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormAccessTest {
    @Test
    void required_jobForm_needsConfigure_globalForm_needsAdminister() {
        assertEquals(FormAccess.ITEM_CONFIGURE, FormAccess.required(true, false));
        assertEquals(FormAccess.ADMINISTER, FormAccess.required(false, false));
    }

    @Test
    void required_fixedList_needsOnlyRead_inAJobOrNot() {
        assertEquals(FormAccess.READ, FormAccess.required(true, true));
        assertEquals(FormAccess.READ, FormAccess.required(false, true));
    }
}
