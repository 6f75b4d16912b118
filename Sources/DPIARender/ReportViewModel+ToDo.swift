import DPIAModel

extension ReportViewModel {
    /// "Nog aan te vullen": what the spec does not say yet, in which section of the report it is
    /// missing and which key of the spec fills it. The body of the report shows a dash where a
    /// value is missing; this list, in an annex, says what to add.
    public struct ToDoList: Sendable, Codable {
        public struct Item: Sendable, Codable {
            /// What is missing, for example "Bron van 3 persoonsgegevens".
            public var what: String
            /// The section of the report, for example "§2".
            public var section: String
            /// The spec key that fills it, for example `data[].source`.
            public var key: String
        }

        public var items: [Item]
        public var hasItems: Bool
        public var count: String
        /// "1 punt" / "3 punten".
        public var countText: String

        init(_ context: BuildContext) {
            let activity = context.activity
            let nl = context.language == .nl
            var items: [Item] = []
            func add(_ missing: Bool, _ whatNL: String, _ whatEN: String, _ section: String, _ key: String) {
                if missing { items.append(Item(what: nl ? whatNL : whatEN, section: section, key: key)) }
            }
            func blank(_ text: String?) -> Bool { text.map { $0.allSatisfy(\.isWhitespace) } ?? true }
            func some(
                _ count: Int, _ oneNL: String, _ manyNL: String, _ oneEN: String, _ manyEN: String,
                _ section: String, _ key: String
            ) {
                guard count > 0 else { return }
                items.append(
                    Item(
                        what: nl
                            ? (count == 1 ? oneNL : String(format: manyNL, count))
                            : (count == 1 ? oneEN : String(format: manyEN, count)),
                        section: section, key: key))
            }
            let title = nl ? "Titelblad" : "Title page"
            add(blank(activity.version), "Versienummer", "Version number", title, "version")
            add(blank(activity.contacts?.owner), "Eigenaar van de verwerking", "Owner of the processing", title, "contacts.owner")
            add(blank(activity.contacts?.dpo), "Functionaris gegevensbescherming", "Data protection officer", title, "contacts.dpo")
            add(blank(activity.summary), "Beschrijving van het voorstel", "Description of the proposal", "§1", "summary")
            add(activity.data.isEmpty, "Persoonsgegevens", "Personal data", "§2", "data")
            some(
                activity.data.count { $0.source == nil }, "Bron van één persoonsgegeven", "Bron van %d persoonsgegevens",
                "Source of one data item", "Source of %d data items", "§2", "data[].source")
            add(activity.flows == nil, "Verstrekkingen aan andere partijen", "Disclosures to other parties", "§3", "flows")
            add(activity.techniques == nil, "Technieken en methoden", "Techniques and methods", "§4", "techniques")
            some(
                activity.purposes.count { blank($0.description) }, "Beschrijving van één doel", "Beschrijving van %d doelen",
                "Description of one purpose", "Description of %d purposes", "§5", "purposes[].description")
            add(activity.roles == nil, "Functies en rollen met toegang", "Functions and roles with access", "§6", "roles")
            add(activity.interests == nil, "Belangen van de partijen", "Interests of the parties", "§7", "interests")
            add(blank(activity.subjectViews), "Zienswijzen van betrokkenen", "Views of data subjects", "§7", "subject_views")
            add(activity.locations == nil, "Verwerkingslocaties", "Processing locations", "§8", "locations")
            add(activity.transfers == nil, "Doorgifte buiten de EER", "Transfers outside the EEA", "§8", "transfers")
            add(activity.policies == nil, "Beleid en normenkaders", "Policies and standards", "§9", "policies")
            add(activity.retention == nil, "Bewaartermijnen", "Retention periods", "§10", "retention")
            some(
                (activity.retention ?? []).count { blank($0.source) }, "Bron van één bewaartermijn", "Bron van %d bewaartermijnen",
                "Source of one retention period", "Source of %d retention periods", "§10", "retention[].source")
            some(
                (activity.retention ?? []).count { blank($0.starts) }, "Ingang van één bewaartermijn", "Ingang van %d bewaartermijnen",
                "Start of one retention period", "Start of %d retention periods", "§10", "retention[].starts")
            some(
                activity.purposes.count { $0.basis == .publicTask && $0.law.isEmpty }, "Wettelijke taak van één doel",
                "Wettelijke taak van %d doelen", "Statutory task of one purpose", "Statutory task of %d purposes", "§11", "purposes[].law")
            for (key, keyPath) in [
                ("necessity", \Purpose.necessity), ("proportionality", \Purpose.proportionality),
                ("subsidiarity", \Purpose.subsidiarity),
            ] {
                let names: [String: (String, String)] = [
                    "necessity": ("Noodzaak", "Necessity"),
                    "proportionality": ("Proportionaliteit", "Proportionality"),
                    "subsidiarity": ("Subsidiariteit", "Subsidiarity"),
                ]
                let (wordNL, wordEN) = names[key]!
                some(
                    activity.purposes.count { blank($0[keyPath: keyPath]) }, "\(wordNL) bij één doel", "\(wordNL) bij %d doelen",
                    "\(wordEN) for one purpose", "\(wordEN) for %d purposes", "§14", "purposes[].\(key)")
            }
            add(
                activity.rights == nil, "Uitoefening van de rechten van betrokkenen", "How data subjects exercise their rights", "§15",
                "rights")
            add(activity.transparency == nil, "Informatie aan betrokkenen", "Information to data subjects", "§15", "transparency")
            add(activity.measures == nil, "Maatregelen", "Measures", "§17", "measures")
            let open = (activity.measures ?? []).filter { $0.decision != .accept && $0.status != .done && $0.status != .dropped }
            some(
                open.count { blank($0.owner) }, "Eigenaar van één maatregel", "Eigenaar van %d maatregelen",
                "Owner of one measure", "Owner of %d measures", "§17", "measures[].owner")
            some(
                open.count { $0.due == nil }, "Deadline van één open maatregel", "Deadline van %d open maatregelen",
                "Deadline of one open measure", "Deadline of %d open measures", "§17", "measures[].due")
            add(activity.security == nil, "Beveiligingsmaatregelen", "Security measures", "§17", "security")
            let advice = nl ? "Advies FG" : "DPO advice"
            let adoption = nl ? "Vaststelling" : "Adoption"
            add(
                blank(activity.governance?.dpoAdvice), "Advies van de functionaris gegevensbescherming",
                "Advice of the data protection officer",
                advice, "governance.dpo_advice")
            add(blank(activity.governance?.adoptedBy), "Wie de DPIA vaststelt", "Who adopts the DPIA", adoption, "governance.adopted_by")
            add(activity.governance?.adoptedOn == nil, "Datum van vaststelling", "Date of adoption", adoption, "governance.adopted_on")
            add(
                activity.governance?.nextReview == nil, "Datum van de volgende herbeoordeling", "Date of the next review", adoption,
                "governance.next_review")
            self.items = items
            hasItems = !items.isEmpty
            count = String(items.count)
            countText = context.labels.count(items.count, "punt", "punten", "item", "items")
        }
    }
}
