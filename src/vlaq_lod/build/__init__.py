"""The build side: a corpus built in batches (``batches``), joined and published (``pipeline``,
``publish``), checked again (``recheck``), in ``OUT``'s build folders (``folder``).

Nothing is imported here: the server imports ``build.folder`` alone, without the parser or pySHACL.
"""
