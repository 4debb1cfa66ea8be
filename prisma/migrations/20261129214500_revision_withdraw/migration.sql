-- An author may take back an entry they submitted for review (in review → draft), to edit it again.
ALTER TYPE "RevisionAction" ADD VALUE 'withdraw';
