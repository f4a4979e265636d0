-- Educator accounts (learners stay anonymous) and draft courses made from imported documents.
create table educator (
    username             varchar(60)  not null primary key,
    display_name         varchar(100) not null,
    password_hash        varchar(200) not null,
    must_change_password boolean      not null,
    failed_sign_ins      int          not null,
    locked_until         timestamp with time zone,
    created_at           timestamp with time zone not null,
    created_by           varchar(60)
);

create table draft_course (
    id            uuid         not null primary key,
    title         varchar(200) not null,
    source_file   varchar(255) not null,
    source_format varchar(10)  not null,
    status        varchar(20)  not null,
    created_by    varchar(60)  not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);

create table draft_lesson (
    course_id uuid           not null references draft_course (id) on delete cascade,
    position  int            not null,
    title     varchar(200)   not null,
    body      varchar(400000) not null,
    primary key (course_id, position)
);

-- Every publication, with who published and, when flags were still open, why they went ahead.
create table draft_publication (
    id              uuid          not null primary key,
    course_id       uuid          not null references draft_course (id) on delete cascade,
    published_by    varchar(60)   not null,
    published_at    timestamp with time zone not null,
    open_flags      varchar(20000) not null,
    override_reason varchar(2000)
);
