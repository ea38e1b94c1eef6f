package app.avenant.contract.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Span;

/** Label–value pairs shown as a description list (dl/dt/dd): readable, printable, accessible. */
class Facts extends Composite<DescriptionList> {

    Facts() {
        getContent().addClassName("av-facts");
    }

    Facts add(String term, String value) {
        return add(term, new Span(value));
    }

    Facts add(String term, Component... value) {
        getContent().add(new Term(term), new Description(value));
        return this;
    }
}
