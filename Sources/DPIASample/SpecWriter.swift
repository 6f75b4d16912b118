import DPIAModel

/// Writes a processing activity as spec YAML (format v1), in the key order of the format page.
///
/// Every field of the model is written when it is set, so that loading the text gives back the
/// same activity. Defaults are left out (an empty `affiliated`, a flow of kind `disclosure`,
/// `pseudonymised: false`); absent optional sections stay absent.
public struct SpecWriter: Sendable {
    public init() {}

    /// The YAML text of `activity`, preceded by `comments` as `#` lines.
    public func yaml(for activity: ProcessingActivity, comments: [String] = []) -> String {
        var out = YAMLBuilder()
        for comment in comments { out.comment(comment) }
        if !comments.isEmpty { out.comment("") }
        writeHeader(activity, to: &out)
        writeParticipants(activity, to: &out)
        writeProcessing(activity, to: &out)
        writeSafeguards(activity, to: &out)
        writePlan(activity, to: &out)
        return out.text
    }

    private func writeHeader(_ activity: ProcessingActivity, to out: inout YAMLBuilder) {
        out.scalar("spec", activity.spec)
        out.scalar("id", activity.id)
        out.scalar("title", activity.title)
        if let renamedFrom = activity.renamedFrom { out.scalar("renamed_from", renamedFrom) }
        out.scalar("version", activity.version)
        out.raw("status", activity.status?.rawValue)
        out.raw("language", activity.language.rawValue)
        out.scalar("controller", activity.controller)
        if let contacts = activity.contacts {
            out.mapping("contacts") { out in
                out.scalar("owner", contacts.owner)
                out.scalar("dpo", contacts.dpo)
                out.scalar("representative", contacts.representative)
            }
        }
        out.prose("summary", activity.summary)
    }

    private func writeParticipants(_ activity: ProcessingActivity, to out: inout YAMLBuilder) {
        out.list("parties", activity.parties) { out, party in
            out.scalar("id", party.id)
            out.scalar("name", party.name)
            out.raw("type", party.type.rawValue)
            out.raw("role", party.role.rawValue)
            out.scalar("region", party.region)
            out.flowList("affiliated", omittedWhenEmpty: party.affiliated)
            out.scalar("part_of", party.partOf)
            out.scalar("domain", party.domain)
            out.scalar("agreement", party.agreement)
            if let agreement = party.processorAgreement {
                out.mapping("processor_agreement") { out in
                    out.raw("status", agreement.status?.rawValue)
                    out.raw("date", agreement.date?.description)
                    out.scalar("name", agreement.name)
                }
            }
            out.scalar("location", party.location)
            out.flowList("certifications", omittedWhenEmpty: party.certifications)
            out.scalar("contact", party.contact)
            out.prose("description", party.description)
            out.scalar("renamed_from", party.renamedFrom)
        }
        out.list("subjects", activity.subjects) { out, subject in
            out.scalar("id", subject.id)
            out.scalar("name", subject.name)
            out.flowList("of", omittedWhenEmpty: subject.of)
            out.bool("vulnerable", subject.vulnerable)
            out.bool("minors", subject.minors)
            out.int("count", subject.count)
            out.prose("description", subject.description)
            out.prose("child_interests", subject.childInterests)
            out.scalar("renamed_from", subject.renamedFrom)
        }
        out.list("data", activity.data) { out, item in
            out.scalar("id", item.id)
            out.scalar("name", item.name)
            out.raw("kind", item.kind.rawValue)
            out.flowList("subjects", omittedWhenEmpty: item.subjects)
            out.raw("source", item.source?.rawValue)
            out.bool("visible_to_subject", item.visibleToSubject)
            out.flowList("fields", omittedWhenEmpty: item.fields)
            out.prose("description", item.description)
            out.scalar("renamed_from", item.renamedFrom)
        }
    }

    private func writeProcessing(_ activity: ProcessingActivity, to out: inout YAMLBuilder) {
        out.list("purposes", activity.purposes) { out, purpose in
            out.scalar("id", purpose.id)
            out.scalar("name", purpose.name)
            out.prose("description", purpose.description)
            out.scalar("domain", purpose.domain)
            out.scalar("further_processing_of", purpose.furtherProcessingOf)
            out.prose("compatibility", purpose.compatibility)
            out.raw("basis", purpose.basis?.rawValue)
            out.flowList("law", omittedWhenEmpty: purpose.law)
            out.scalar("special_basis", purpose.specialBasis)
            out.flowList("special_category_basis", omittedWhenEmpty: purpose.specialCategoryBasis)
            out.flowList("criminal_data_basis", omittedWhenEmpty: purpose.criminalDataBasis)
            out.flowList("national_id_basis", omittedWhenEmpty: purpose.nationalIDBasis)
            if let consent = purpose.consent {
                out.mapping("consent") { out in
                    out.bool("informed", consent.informed)
                    out.bool("specific", consent.specific)
                    out.bool("withdrawable", consent.withdrawable)
                    out.bool("recorded", consent.recorded)
                    out.bool("safeguard_only", consent.safeguardOnly)
                    out.bool("refusal_has_consequences", consent.refusalHasConsequences)
                    out.bool("asker_decides_on_services", consent.askerDecidesOnServices)
                }
            }
            out.flowList("data", omittedWhenEmpty: purpose.data)
            out.prose("necessity", purpose.necessity)
            out.prose("proportionality", purpose.proportionality)
            out.prose("subsidiarity", purpose.subsidiarity)
            out.scalar("renamed_from", purpose.renamedFrom)
        }
        if let techniques = activity.techniques {
            out.mapping("techniques") { out in
                for flag in Techniques.flags where techniques[keyPath: flag.path] {
                    out.bool(flag.key, true)
                }
                out.bool("large_scale", techniques.largeScale)
            }
        }
        if let roles = activity.roles {
            out.list("roles", roles) { out, role in writeRole(role, to: &out) }
        }
        if let flows = activity.flows {
            out.list("flows", flows) { out, flow in writeFlow(flow, to: &out) }
        }
        if let retention = activity.retention {
            out.list("retention", retention) { out, rule in writeRetention(rule, to: &out) }
        }
    }

    private func writeRole(_ role: Role, to out: inout YAMLBuilder) {
        out.scalar("id", role.id)
        out.scalar("name", role.name)
        out.prose("description", role.description)
        out.scalar("party", role.party)
        out.flowList("purposes", omittedWhenEmpty: role.purposes)
        out.mapping("sees") { out in
            selection("data", role.sees.data, to: &out)
            selection("subjects", role.sees.subjects, to: &out)
            out.raw("scope", role.sees.scope.rawValue)
            out.scalar("condition", role.sees.condition)
            if role.sees.pseudonymised { out.bool("pseudonymised", true) }
        }
        if let edits = role.edits { selection("edits", edits, to: &out) }
        out.raw("authentication", role.authentication?.rawValue)
        out.int("users", role.users)
        out.bool("external", role.external)
        out.scalar("renamed_from", role.renamedFrom)
        writeNoObjection(role.noObjection, to: &out)
    }

    private func writeFlow(_ flow: Flow, to out: inout YAMLBuilder) {
        out.scalar("id", flow.id)
        out.scalar("from", flow.from)
        out.scalar("to", flow.to)
        if flow.kind != .disclosure { out.raw("kind", flow.kind.rawValue) }
        out.flowList("data", flow.data)
        out.scalar("purpose", flow.purpose)
        if flow.pseudonymised { out.bool("pseudonymised", true) }
        out.flowList("grounds", omittedWhenEmpty: flow.grounds)
        out.raw("consent", flow.consent?.rawValue)
        out.raw("channel", flow.channel?.rawValue)
        out.bool("recipient_competent", flow.recipientCompetent)
        if let competence = flow.competence {
            out.mapping("recipient_competence") { out in
                out.scalar("provision", competence.provision)
                out.scalar("decision", competence.decision)
            }
        }
        writeNoObjection(flow.noObjection, to: &out)
        out.scalar("on_behalf_of", flow.onBehalfOf)
        out.scalar("frequency", flow.frequency)
        out.prose("description", flow.description)
        out.scalar("renamed_from", flow.renamedFrom)
    }

    private func writeNoObjection(_ statement: NoObjection?, to out: inout YAMLBuilder) {
        guard let statement else { return }
        out.mapping("no_objection") { out in
            out.raw("form", statement.form?.rawValue)
            out.bool("informed", statement.informed)
        }
    }

    private func writeRetention(_ rule: RetentionRule, to out: inout YAMLBuilder) {
        out.scalar("id", rule.id)
        out.flowList("data", rule.data)
        out.scalar("purpose", rule.purpose)
        switch rule.period {
        case .duration(let duration): out.raw("period", duration.description)
        case .asLongAsNeeded: out.raw("period", "as-long-as-needed")
        }
        out.scalar("starts", rule.starts)
        out.prose("criterion", rule.criterion)
        out.raw("ends_with", rule.endsWith?.rawValue)
        out.scalar("source", rule.source)
        out.raw("deletion", rule.deletion?.rawValue)
        out.scalar("supervisor", rule.supervisor)
        out.scalar("renamed_from", rule.renamedFrom)
    }

    private func writeSafeguards(_ activity: ProcessingActivity, to out: inout YAMLBuilder) {
        if let locations = activity.locations {
            out.list("locations", locations) { out, location in
                out.scalar("party", location.party)
                out.scalar("country", location.country)
                out.prose("description", location.description)
            }
        }
        if let transfers = activity.transfers {
            out.list("transfers", transfers) { out, transfer in
                out.scalar("to", transfer.to)
                out.scalar("country", transfer.country)
                out.raw("mechanism", transfer.mechanism?.rawValue)
                out.flowList("data", omittedWhenEmpty: transfer.data)
            }
        }
        if let security = activity.security {
            out.mapping("security") { out in
                out.flowList("measures", omittedWhenEmpty: security.measures.map(\.rawValue))
                out.flowList("other", omittedWhenEmpty: security.other)
                out.prose("description", security.description)
            }
        }
        if let transparency = activity.transparency {
            out.mapping("transparency") { out in
                out.bool("privacy_statement", transparency.privacyStatement)
                out.bool("separate_from_terms", transparency.separateFromTerms)
                out.flowList("informs_about", omittedWhenEmpty: transparency.informsAbout.map(\.rawValue))
                if let subjectCanSee = transparency.subjectCanSee {
                    selection("subject_can_see", subjectCanSee, to: &out)
                }
                out.scalar("url", transparency.url)
                out.prose("description", transparency.description)
            }
        }
        if let rights = activity.rights {
            out.mapping("rights") { out in
                for right in SubjectRight.allCases { out.prose(right.rawValue, rights[right]) }
            }
        }
        if let governance = activity.governance {
            out.mapping("governance") { out in
                out.bool("change_process_includes_privacy_review", governance.changeProcessIncludesPrivacyReview)
                out.bool("source_system_link", governance.sourceSystemLink)
                out.prose("dpo_advice", governance.dpoAdvice)
                out.scalar("adopted_by", governance.adoptedBy)
                out.raw("adopted_on", governance.adoptedOn?.description)
                out.raw("next_review", governance.nextReview?.description)
            }
        }
    }

    private func writePlan(_ activity: ProcessingActivity, to out: inout YAMLBuilder) {
        if let risks = activity.risks {
            out.list("risks", risks) { out, risk in
                out.scalar("id", risk.id)
                out.prose("description", risk.description)
                out.prose("origin", risk.origin)
                out.scalar("source", risk.source)
                out.raw("likelihood", risk.likelihood.rawValue)
                out.raw("impact", risk.impact.rawValue)
                out.scalar("renamed_from", risk.renamedFrom)
            }
        }
        if let measures = activity.measures {
            out.list("measures", measures) { out, measure in
                out.scalar("id", measure.id)
                out.flowList("addresses", measure.addresses)
                out.raw("decision", measure.decision.rawValue)
                out.raw("type", measure.type?.rawValue)
                out.prose("description", measure.description)
                out.scalar("owner", measure.owner)
                out.raw("due", measure.due?.description)
                out.raw("status", measure.status?.rawValue)
                out.raw("residual", measure.residual?.rawValue)
                out.scalar("evidence", measure.evidence)
                out.scalar("renamed_from", measure.renamedFrom)
            }
        }
        if let interests = activity.interests {
            out.list("interests", interests) { out, interest in
                out.scalar("party", interest.party)
                out.prose("description", interest.description)
            }
        }
        out.prose("subject_views", activity.subjectViews)
        if let policies = activity.policies { out.flowList("policies", policies) }
    }

    private func selection(_ key: String, _ selection: Selection, to out: inout YAMLBuilder) {
        switch selection {
        case .all: out.raw(key, "all")
        case .only(let ids): out.flowList(key, ids)
        }
    }
}
