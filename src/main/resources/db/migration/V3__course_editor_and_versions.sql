-- The course editor keeps a whole draft (lessons, checks, reviews) as one JSON document, valid or not, so that
-- half-finished work is never refused or lost. Publishing freezes a valid draft as course files.
alter table draft_course add column course_json varchar(2000000);

-- Immutable published versions, stored in the quizzes/ file format so they load exactly like a course folder.
create table course_version (
    course_key      varchar(64)   not null,
    version         int           not null,
    title           varchar(200)  not null,
    draft_id        uuid,
    published_by    varchar(60)   not null,
    published_at    timestamp with time zone not null,
    open_flags      varchar(20000) not null,
    override_reason varchar(2000),
    primary key (course_key, version)
);

create table course_version_file (
    course_key varchar(64)     not null,
    version    int             not null,
    name       varchar(64)     not null,
    content    varchar(1000000) not null,
    primary key (course_key, version, name),
    foreign key (course_key, version) references course_version (course_key, version)
);

-- A learner keeps the version they started; 0 is the course as read from the quizzes/ folder.
alter table enrolment add column course_version int default 0 not null;
