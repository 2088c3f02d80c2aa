package id.ppu.dukcapil.cases.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.cases.CaseValidationException;
import id.ppu.dukcapil.cases.Registration;
import id.ppu.dukcapil.region.RegionService;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** A clerk registers a citizen who came to the office desk as a new OFFICE case. */
@Menu(order = 21, icon = "vaadin:user-card", title = "nav.walkin")
@Route("kasus/baru")
@RolesAllowed(Role.CLERK)
public class WalkInView extends VerticalLayout implements HasDynamicTitle {

    public WalkInView(CaseService cases, RegionService regions, Clock clock) {
        setMaxWidth("60em");
        CaseForm form = new CaseForm(regions.districts(), regions.villages(), clock);
        form.setSaveText(getTranslation("walkin.submit"));
        form.forTouchDesk();
        form.addSaveListener(e -> {
            try {
                Registration r = cases.registerWalkIn(e.data());
                if (r.mergedInto() == null) {
                    Notifications.success("walkin.created", r.caseNumber());
                } else {
                    // The citizen already has an open request for this service: the desk visit joins it.
                    Notifications.success("walkin.merged", r.mergedInto());
                }
                String shown = r.mergedInto() == null ? r.caseNumber() : r.mergedInto();
                UI.getCurrent().navigate(CaseDetailView.class, new RouteParameters(CaseDetailView.PARAM, shown));
            } catch (CaseValidationException ex) {
                form.showFieldError(ex.field(), ex.messageKey());
                Notifications.error(ex.messageKey());
            }
        });
        add(new H2(getTranslation("walkin.title")), new Paragraph(getTranslation("walkin.help")), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("walkin.title") + " · " + getTranslation("app.title");
    }
}
