-- Who saved a draft last, for the educators' dashboard ("last change and by whom"). Drafts saved before this
-- column existed were last saved, as far as anyone can tell, by the educator who started them.
alter table draft_course add column updated_by varchar(60);
update draft_course set updated_by = created_by;
